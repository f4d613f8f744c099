import { describe, expect, it } from "vitest";
import { officialName } from "./official-name";

describe("officialName", () => {
  it.each([
    [{ name: "Stange", kind: "municipality", country: "NO" }, "Stange kommune"],
    [{ name: "Innlandet", kind: "county", country: "NO" }, "Innlandet fylkeskommune"],
    [{ name: "Vimmerby", kind: "municipality", country: "SE" }, "Vimmerby kommun"],
    [{ name: "Kalmar län", kind: "county", country: "SE" }, "Region Kalmar län"],
    [{ name: "Region Kalmar län", kind: "county", country: "SE" }, "Region Kalmar län"],
    [{ name: "Västra Götalandsregionen", kind: "county", country: "SE" }, "Västra Götalandsregionen"],
    [{ name: "Oslo kommune", kind: "municipality", country: "NO" }, "Oslo kommune"],
    [{ name: "Vimmerby kommun", kind: "municipality", country: "SE" }, "Vimmerby kommun"],
    [{ name: "Hamarregionen IPR", kind: "regional_council", country: "NO" }, "Hamarregionen IPR"],
    [{ name: "Elverum Vekst AS", kind: "partner", country: "NO" }, "Elverum Vekst AS"],
  ] as const)("%o → %s", (organisation, expected) => {
    expect(officialName(organisation)).toBe(expected);
  });

  it("does not take a name that merely contains the word for the authority", () => {
    expect(officialName({ name: "Kommunevik", kind: "municipality", country: "NO" })).toBe("Kommunevik kommune");
  });
});
