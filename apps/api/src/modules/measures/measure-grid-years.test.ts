import { describe, expect, it } from "vitest";
import { signedInUser } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { budgetLineOf, councilProgramme, hamarregionen, sharedMeasure } from "./measure-fixtures.js";

// A budget grid shows the years of its period and any year a line is entered for; the server
// names those outside the period, so that a column of 2025 in a 2026–2027 measure, or of 2027 in
// a 2024–2025 programme, is explained on the page.

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

describe("a programme's budget grid years", () => {
  it("names the years that lie outside the programme's period", async () => {
    const region = await hamarregionen();
    const { programme } = await councilProgramme(region.council.id);
    const measure = await sharedMeasure(programme);
    await budgetLineOf(measure);
    await budgetLineOf(measure, null, 2027);
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const grid = await ok<{ programme: { years: number[]; yearsOutsidePeriod: number[] } }>(
      "query", "measures.programmeGrid", { programmeId: programme.id }, cookie,
    );
    expect(grid.programme.years).toEqual([2024, 2025, 2027]);
    expect(grid.programme.yearsOutsidePeriod).toEqual([2027]);
  });
});
