import { describe, expect, it } from "vitest";
import { CreateFocusAreaInputSchema, wouldCreateCycle } from "./focus-area";
import { CreateProgrammeInputSchema, ProgrammeSchema, UpdateProgrammeInputSchema } from "./programme";
import { CreateStrategyInputSchema } from "./strategy";

const ID = "00000000-0000-4000-8000-000000000001";

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[][] {
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe("programme schemas", () => {
  const input = { ownerId: ID, title: "Handlingsprogram 2022–2023", periodStart: "2022-01-01", periodEnd: "2023-12-31" };

  it("accepts a draft input and rejects unknown, mistyped and unordered fields", () => {
    expect(CreateProgrammeInputSchema.parse(input)).toMatchObject({ strategyId: null, introduction: "" });
    expect(pathsOf(CreateProgrammeInputSchema.safeParse({ ...input, status: "adopted" }))).toEqual([[]]);
    expect(pathsOf(CreateProgrammeInputSchema.safeParse({ ...input, periodEnd: "2021-12-31" }))).toEqual([["periodEnd"]]);
    expect(pathsOf(UpdateProgrammeInputSchema.safeParse({ id: ID, version: "1" }))).toEqual([["version"]]);
  });

  it("an adopted programme row must name its decision", () => {
    const row = {
      ...CreateProgrammeInputSchema.parse(input), id: ID, status: "adopted", revision: 1, predecessorId: null,
      adoptedDecisionId: null, published: true, publishedAt: null, version: 1,
    };
    expect(pathsOf(ProgrammeSchema.safeParse(row))).toEqual([["adoptedDecisionId"]]);
    expect(ProgrammeSchema.safeParse({ ...row, adoptedDecisionId: ID }).success).toBe(true);
  });

  it("strategies order their period", () => {
    expect(pathsOf(CreateStrategyInputSchema.safeParse({ ownerId: ID, title: "SLUS", periodStart: "2030-01-01", periodEnd: "2020-01-01" }))).toEqual([["periodEnd"]]);
  });

  it("focus areas default to the top of the tree", () => {
    expect(CreateFocusAreaInputSchema.parse({ programmeId: ID, title: "Befolkningsvekst" })).toMatchObject({ parentId: null, heading: null });
  });
});

describe("wouldCreateCycle", () => {
  const areas = [
    { id: "a", parentId: null },
    { id: "b", parentId: "a" },
    { id: "c", parentId: "b" },
  ];

  it.each([
    ["a", "c", true],
    ["a", "a", true],
    ["c", "a", false],
    ["b", null, false],
  ] as const)("moving %s under %s: cycle %s", (areaId, parentId, expected) => {
    expect(wouldCreateCycle(areas, areaId, parentId)).toBe(expected);
  });
});
