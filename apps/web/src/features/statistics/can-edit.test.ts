import { describe, expect, it } from "vitest";
import { canEditProgrammeIndicators } from "./can-edit";

const scope = (councilIds: string[]) => ({ councilIds, municipalityIds: [], countyIds: [] });

describe("canEditProgrammeIndicators", () => {
  it("lets the owner's secretariat edit, and nobody else", () => {
    expect(canEditProgrammeIndicators({ role: "secretariat", scope: scope(["sor-osterdal"]) }, "sor-osterdal")).toBe(true);
    expect(canEditProgrammeIndicators({ role: "secretariat", scope: scope(["hamarregionen"]) }, "sor-osterdal")).toBe(false);
    expect(canEditProgrammeIndicators({ role: "municipality_contributor", scope: scope(["sor-osterdal"]) }, "sor-osterdal")).toBe(false);
    expect(canEditProgrammeIndicators(null, "sor-osterdal")).toBe(false);
    expect(canEditProgrammeIndicators({ role: "secretariat", scope: scope(["sor-osterdal"]) }, null)).toBe(false);
  });
});
