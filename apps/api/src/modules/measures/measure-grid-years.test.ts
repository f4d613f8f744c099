import { describe, expect, it } from "vitest";
import { signedInUser } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { budgetLineOf, councilProgramme, hamarregionen, sharedMeasure } from "./measure-fixtures.js";

// The measure page's budget grid shows the measure's years and any year a line is entered for;
// the page names those outside the period, so a column of 2025 in a 2026–2027 measure is explained.

describe("a measure's budget grid years", () => {
  it("names the years that lie outside the measure's period", async () => {
    const region = await hamarregionen();
    const { programme } = await councilProgramme(region.council.id);
    const measure = await sharedMeasure(programme, { startDate: "2026-01-01", endDate: "2027-12-31" });
    await budgetLineOf(measure);
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const { budget } = await ok<{ budget: { gridYears: number[]; gridYearsOutsidePeriod: number[] } }>("query", "measures.get", { id: measure.id }, cookie);
    expect(budget.gridYears).toEqual([2025, 2026, 2027]);
    expect(budget.gridYearsOutsidePeriod).toEqual([2025]);
  });
});
