import type { PASTE_COLUMNS} from "@samspill/domain";
import {
  AddGoalsInputSchema, AddMeasuresInputSchema, AddStructureInputSchema, goalRowsOf, measureRowsOf,
  ownershipOf, pasteNamesOf, pastedLines, placesOf, planStructure, structureRowsOf, subThemeRowsOf,
  type AddGoalsInput, type AddMeasuresInput, type AddStructureInput, type FieldIssue, type NamedArea, type PastedLine, type PasteOrganisation,
} from "@samspill/domain";
import { schemaProblems, type CheckingSchema, type FieldProblem, type FieldProblems } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";

// What a paste will create, checked in the browser with the same domain schemas and rules the
// server applies: one preview row per pasted line, and each problem at its line and column.
// Pure, so it is unit-tested; the component only shows it.

export type PasteTarget = keyof typeof PASTE_COLUMNS;
export type PasteColumn = (typeof PASTE_COLUMNS)[PasteTarget][number];

export interface LineProblem {
  /** The pasted line (1-based), or null for the paste as a whole (too many lines). */
  line: number | null;
  column: PasteColumn | null;
  problem: FieldProblem;
}

export interface PreviewRow {
  line: number;
  cells: Partial<Record<PasteColumn, string>>;
  /** Structure: whether the line's focus area is new, or one the programme has. */
  existingArea?: boolean;
  /** Measures: the member municipality the measure becomes local to, or null for a shared one. */
  localTo?: string | null;
}

/** What saving sends: the input of `programmes.addStructure`, `programmes.addGoals` or `measures.createMany`. */
export type PasteInput =
  | { target: "structure"; input: AddStructureInput }
  | { target: "goals"; input: AddGoalsInput }
  | { target: "measures"; input: AddMeasuresInput };

export type PastePlan = PasteInput & {
  rows: PreviewRow[];
  problems: LineProblem[];
  /** How many items saving creates: for a structure, new focus areas and sub-themes. */
  creates: number;
};

export interface PasteContext {
  programme: Pick<ProgrammeDetail, "id" | "focusAreas" | "owner">;
  members: ReadonlyArray<{ id: string; name: string }>;
  /** Structure: an existing focus area's id to put every line under as a sub-theme. */
  underAreaId?: string | null;
}

type Area = ProgrammeDetail["focusAreas"][number];

function flatAreas(areas: readonly Area[]): NamedArea[] {
  return areas.flatMap((area) => [{ id: area.id, parentId: area.parentId, title: area.title }, ...flatAreas(area.children)]);
}

/** Problems at `items.3.title` as problems at the pasted line of item 3 and its column, in line order. */
export function lineProblemsOf(problems: FieldProblems, lines: readonly PastedLine[]): LineProblem[] {
  return Object.entries(problems)
    .map(([path, problem]) => {
      const [, index, column] = path.split(".");
      const line = index === undefined ? null : (lines[Number(index)]?.line ?? null);
      return { line, column: (column as PasteColumn | undefined) ?? null, problem };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The schema's problems and the rules' issues, keyed by their full path (`items.3.title`). */
function problemsOf(schema: CheckingSchema, input: unknown, issues: readonly FieldIssue[]): FieldProblems {
  const problems = schemaProblems(schema, input, (path) => path);
  for (const issue of issues) problems[issue.path] ??= { code: issue.code, params: issue.params, path: issue.path };
  return problems;
}

export function planPaste(target: PasteTarget, text: string, context: PasteContext): PastePlan {
  const lines = pastedLines(text);
  const areas = flatAreas(context.programme.focusAreas);
  const programmeId = context.programme.id;
  if (target === "structure") {
    const under = context.underAreaId ? areas.find((area) => area.id === context.underAreaId) : undefined;
    const items = under ? subThemeRowsOf(lines, under.title) : structureRowsOf(lines);
    const input = { programmeId, items };
    const { steps, issues } = planStructure(items, areas);
    const rows = lines.map((line, index): PreviewRow => {
      const item = items[index];
      const step = steps.find((candidate) => candidate.index === index);
      return {
        line: line.line, existingArea: step ? step.existingId !== null : false,
        cells: { focusArea: step?.focusArea ?? item?.focusArea ?? "", heading: step?.createsArea ? (step.heading ?? "") : "", subTheme: item?.subTheme ?? "" },
      };
    });
    const creates = steps.filter((step) => step.createsArea).length + items.filter((item) => item.subTheme !== null).length;
    return { target, input, rows, problems: lineProblemsOf(problemsOf(AddStructureInputSchema, input, issues), lines), creates };
  }
  if (target === "goals") {
    const items = goalRowsOf(lines);
    const input = { programmeId, items };
    const rows = lines.map((line, index) => ({ line: line.line, cells: { title: items[index]?.title ?? "", focusArea: items[index]?.focusArea ?? "" } }));
    const problems = lineProblemsOf(problemsOf(AddGoalsInputSchema, input, placesOf(items, areas).issues), lines);
    return { target, input, rows, problems, creates: items.length };
  }
  const items = measureRowsOf(lines);
  const input = { programmeId, items };
  const { owner } = context.programme;
  const ownerNames = pasteNamesOf({ id: owner.id, name: owner.name, kind: owner.kind, country: owner.country });
  const members: PasteOrganisation[] = context.members.map((member) => pasteNamesOf({ ...member, kind: "municipality", country: owner.country }));
  const { ownerships, issues: ownershipIssues } = ownershipOf(items, ownerNames, members);
  const rows = lines.map((line, index): PreviewRow => {
    const item = items[index];
    const ownership = ownerships[index];
    return {
      line: line.line,
      localTo: ownership?.scope === "local" ? (context.members.find((member) => member.id === ownership.ownerId)?.name ?? null) : null,
      cells: { title: item?.title ?? "", focusArea: item?.focusArea ?? "", responsibleOrganisation: item?.responsibleOrganisation ?? "", responsiblePerson: item?.responsiblePerson ?? "" },
    };
  });
  const issues = [...placesOf(items, areas).issues, ...ownershipIssues];
  return { target: "measures", input, rows, problems: lineProblemsOf(problemsOf(AddMeasuresInputSchema, input, issues), lines), creates: items.length };
}
