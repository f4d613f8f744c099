import {
  findOrganisationById, findProgrammeTree, findStrategyById, listMembershipsOfCouncil,
  type Executor, type FocusAreaNode, type GoalRow, type ProgrammeRow,
} from "@samspill/db";
import type { ProgrammeWorkbookData, StructureSheetRow } from "@samspill/documents";
import { DomainError, type Currency } from "@samspill/domain";
import { measureSheetData } from "./measure-sheet-data.js";

// The whole programme as its workbook takes it: the strategy's vision and overarching goal (for
// information), the structure in the order a reader reads it back (the programme's own goals,
// then each focus area with its goals and then its sub-themes with theirs), the measures as the
// measures download writes them, and the member municipalities for the drop-down.

function goalRows(goals: readonly GoalRow[]): StructureSheetRow[] {
  return goals.map((goal) => ({ kind: "goal", heading: null, title: goal.title, description: goal.description }));
}

function areaRows(area: FocusAreaNode, kind: "focus_area" | "sub_theme"): StructureSheetRow[] {
  return [
    { kind, heading: area.heading, title: area.title, description: area.description },
    ...goalRows(area.goals),
    ...area.children.flatMap((child) => areaRows(child, "sub_theme")),
  ];
}

/** The filled workbook of a programme, or with `empty` its template: the same sheets with no rows. */
export async function programmeWorkbookData(
  db: Executor,
  programme: ProgrammeRow,
  currency: Currency,
  today: string,
  empty: boolean,
  personal: boolean,
): Promise<ProgrammeWorkbookData> {
  const tree = await findProgrammeTree(db, programme.id);
  if (!tree) throw new DomainError("NOT_FOUND", { params: { kind: "programme" } });
  const [strategy, owner] = await Promise.all([
    programme.strategyId ? findStrategyById(db, programme.strategyId) : undefined,
    findOrganisationById(db, programme.ownerId),
  ]);
  const members = owner?.kind === "municipality" ? [owner.name] : (await listMembershipsOfCouncil(db, programme.ownerId, today)).map((member) => member.municipalityName);
  const measures = empty
    ? { programme: { title: programme.title, periodStart: programme.periodStart, periodEnd: programme.periodEnd, currency }, measures: [] }
    : await measureSheetData(db, programme, { programmeId: programme.id }, currency, personal);
  return {
    ...measures,
    strategy: strategy ? { vision: strategy.vision, overarchingGoal: strategy.overarchingGoal } : null,
    structure: empty ? [] : [...goalRows(tree.unplacedGoals), ...tree.focusAreas.flatMap((area) => areaRows(area, "focus_area"))],
    municipalities: members,
  };
}
