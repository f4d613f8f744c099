import { createI18n } from "@samspill/i18n";
import { describe, expect, it } from "vitest";
import { municipalityLabel, type MunicipalityOption } from "./municipality-label";

const t = createI18n("nb").getFixedT("nb", "measures");
const option = (changes: Partial<MunicipalityOption>): MunicipalityOption => ({
  id: "m", name: "Eidsvoll", code: "3240", current: true, membership: { validFrom: "2024-01-01", validTo: null }, ...changes,
});

describe("municipalityLabel", () => {
  it("names a current member by its name alone", () => {
    expect(municipalityLabel(option({}), t)).toBe("Eidsvoll");
  });

  it("gives a former member the years of its membership", () => {
    expect(municipalityLabel(option({ current: false, membership: { validFrom: "2020-01-01", validTo: "2023-12-31" } }), t)).toBe("Eidsvoll (medlem 2020–2023)");
    expect(municipalityLabel(option({ current: false, membership: { validFrom: "2022-01-01", validTo: "2022-06-30" } }), t)).toBe("Eidsvoll (medlem 2022)");
  });

  it("says so of a municipality with work in the programme that never was a member", () => {
    expect(municipalityLabel(option({ current: false, membership: null }), t)).toBe("Eidsvoll (ikke medlem)");
  });
});
