import { describe, expect, it } from "vitest";
import { lineProblemsOf, planPaste, type PasteContext } from "./paste-plan";

interface TestArea { id: string; parentId: string | null; title: string; children: TestArea[] }
const area = (id: string, title: string, children: TestArea[] = []): TestArea => ({ id, parentId: null, title, children });

const context = {
  programme: {
    id: "3f1c3f9e-8a51-4d59-9d1a-2f4a4e6b7c10",
    owner: { id: "council", name: "Hamarregionen", kind: "council", country: "NO", languageForm: "nb", slug: null },
    focusAreas: [area("fa-1", "Befolkningsvekst", [{ ...area("st-1", "Samferdsel"), parentId: "fa-1" }])],
  },
  members: [{ id: "stange", name: "Stange" }],
} as unknown as PasteContext;

describe("planPaste", () => {
  it("previews a structure line by line, naming areas the programme has", () => {
    const plan = planPaste("structure", "Befolkningsvekst\t\tInternasjonalt miljø\nUtvikling\tKompetanse\tArenaer\n\t\tTrippel Helix\n", context);
    expect(plan.problems).toEqual([]);
    expect(plan.creates).toBe(4);
    expect(plan.rows.map((row) => [row.line, row.cells.focusArea, row.cells.heading, row.cells.subTheme, row.existingArea])).toEqual([
      [1, "Befolkningsvekst", "", "Internasjonalt miljø", true],
      [2, "Utvikling", "Kompetanse", "Arenaer", false],
      [3, "Utvikling", "", "Trippel Helix", false],
    ]);
  });

  it("puts plain lines under the focus area chosen", () => {
    const plan = planPaste("structure", "Identitet\nKommunikasjon", { ...context, underAreaId: "fa-1" });
    expect(plan.input.items).toEqual([
      { focusArea: "Befolkningsvekst", heading: null, subTheme: "Identitet" },
      { focusArea: "Befolkningsvekst", heading: null, subTheme: "Kommunikasjon" },
    ]);
  });

  it("names each problem by its pasted line and column, blank lines counted", () => {
    const plan = planPaste("measures", `Ladepunkter\tSamferdsel\tstange\n\n\tBefolkningsvekst\nEØS-prosjekter\tUkjent\tLøten\n${"x".repeat(301)}`, context);
    expect(plan.problems.map((problem) => [problem.line, problem.column, problem.problem.code, problem.problem.params.reason ?? null])).toEqual([
      [3, "title", "too_small", null],
      [4, "focusArea", "custom", "focusArea_unknown"],
      [4, "responsibleOrganisation", "custom", "responsibleOrganisation_unknown"],
      [5, "title", "too_big", null],
    ]);
    expect(plan.rows[0]?.localTo).toBe("Stange");
  });

  it("keeps goals in the order pasted", () => {
    const plan = planPaste("goals", "C-mål\nA-mål\tSamferdsel\nB-mål", context);
    expect(plan.input.items).toEqual([
      { title: "C-mål", focusArea: null }, { title: "A-mål", focusArea: "Samferdsel" }, { title: "B-mål", focusArea: null },
    ]);
    expect(plan.problems).toEqual([]);
  });
});

describe("lineProblemsOf", () => {
  it("places the server's problems at their lines", () => {
    const lines = [{ line: 2, cells: ["a"] }, { line: 5, cells: ["b"] }];
    expect(lineProblemsOf({ "items.1.subTheme": { code: "custom", params: { reason: "subTheme_exists" } } }, lines)).toEqual([
      { line: 5, column: "subTheme", problem: { code: "custom", params: { reason: "subTheme_exists" } } },
    ]);
  });
});
