import { describe, expect, it } from "vitest";
import { CreateBudgetLineInputSchema } from "./budget-line";
import { CreateMeasureInputSchema, UpdateMeasureInputSchema } from "./measure";
import { CreateMeasurePartInputSchema, UpdateMeasurePartInputSchema } from "./measure-part";

const ID = "00000000-0000-4000-8000-000000000001";
const ladestruktur = {
  programmeId: ID, scope: "shared", ownerId: ID, title: "Regional ladestruktur",
  startDate: "2022-01-01", endDate: "2023-12-31",
};

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[][] {
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe("CreateMeasureInputSchema", () => {
  it("accepts a shared measure and defaults to planned at 0 %", () => {
    expect(CreateMeasureInputSchema.parse(ladestruktur)).toMatchObject({ status: "planned", progress: 0, sdgGoals: [], goalIds: [] });
  });

  it.each([
    [{ ...ladestruktur, budget: 1 }, [[]]],
    [{ ...ladestruktur, title: 7 }, [["title"]]],
    [{ ...ladestruktur, scope: "regional" }, [["scope"]]],
    [{ ...ladestruktur, startDate: "2024-01-01", endDate: "2023-12-31" }, [["endDate"]]],
    [{ ...ladestruktur, progress: 101 }, [["progress"]]],
    [{ ...ladestruktur, progress: 50.5 }, [["progress"]]],
    [{ ...ladestruktur, status: "completed", progress: 80 }, [["progress"]]],
    [{ ...ladestruktur, sdgGoals: [7, 18] }, [["sdgGoals", 1]]],
    [{ ...ladestruktur, goalIds: ["not-a-uuid"] }, [["goalIds", 0]]],
  ])("rejects %o at %o", (input, paths) => {
    expect(pathsOf(CreateMeasureInputSchema.safeParse(input))).toEqual(paths);
  });
});

describe("UpdateMeasureInputSchema", () => {
  it("needs id and version, and checks ranges that are present", () => {
    expect(UpdateMeasureInputSchema.safeParse({ id: ID, version: 2, title: "Ny tittel" }).success).toBe(true);
    expect(pathsOf(UpdateMeasureInputSchema.safeParse({ id: ID, title: "x" }))).toEqual([["version"]]);
    expect(pathsOf(UpdateMeasureInputSchema.safeParse({ id: ID, version: 0 }))).toEqual([["version"]]);
    expect(pathsOf(UpdateMeasureInputSchema.safeParse({ id: ID, version: 1, startDate: "2024-01-02", endDate: "2024-01-01" }))).toEqual([["endDate"]]);
    expect(pathsOf(UpdateMeasureInputSchema.safeParse({ id: ID, version: 1, scope: "local" }))).toEqual([[]]);
  });
});

describe("measure parts and budget lines", () => {
  const stangePart = { measureId: ID, municipalityId: ID };

  it("parts carry a money budget share and reject negative amounts", () => {
    expect(CreateMeasurePartInputSchema.parse({ ...stangePart, budgetShare: { amountMinor: 5000, currency: "NOK" } }).status).toBe("planned");
    expect(pathsOf(CreateMeasurePartInputSchema.safeParse({ ...stangePart, budgetShare: { amountMinor: -1, currency: "NOK" } }))).toEqual([["budgetShare", "amountMinor"]]);
    expect(pathsOf(UpdateMeasurePartInputSchema.safeParse({ id: ID, version: 1, municipalityId: ID }))).toEqual([[]]);
    expect(pathsOf(UpdateMeasurePartInputSchema.safeParse({ id: ID, version: 1, contactEmail: "nope" }))).toEqual([["contactEmail"]]);
  });

  it("budget lines need a year, an amount and a known funding source", () => {
    const line = { measureId: ID, year: 2024, amount: { amountMinor: 100_000_000, currency: "NOK" }, fundingSource: "county_partnership_funds" };
    expect(CreateBudgetLineInputSchema.parse(line).partId).toBeNull();
    expect(pathsOf(CreateBudgetLineInputSchema.safeParse({ ...line, fundingSource: "lottery" }))).toEqual([["fundingSource"]]);
    expect(pathsOf(CreateBudgetLineInputSchema.safeParse({ ...line, amount: { amountMinor: 1.5, currency: "NOK" } }))).toEqual([["amount", "amountMinor"]]);
    expect(pathsOf(CreateBudgetLineInputSchema.safeParse({ ...line, year: 24 }))).toEqual([["year"]]);
  });
});
