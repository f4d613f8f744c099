import type { Executor } from "../shared/executor.js";
import type { MeasureRow } from "../measures/measure.table.js";
import type { FocusAreaRow, GoalRow, ProgrammeRow } from "./programme.table.js";
import { findProgrammeById, listFocusAreas, listGoals } from "./programme.repository.js";
import { copyMeasureContents, fresh, type CopyOptions } from "./revision-contents.repository.js";

// A programme version as flat rows, the shape the domain's planRevision and diffProgrammes
// work on, and the copying of a planned revision into new rows.

export type SnapshotMeasure = MeasureRow & { goalIds: string[] };
/** The programme row with its publication time as ISO text, as the domain's rules take it. */
export type SnapshotProgramme = Omit<ProgrammeRow, "publishedAt"> & { publishedAt: string | null };

export interface ProgrammeRows {
  programme: SnapshotProgramme;
  focusAreas: FocusAreaRow[];
  goals: GoalRow[];
  measures: SnapshotMeasure[];
}

/** A programme with every focus area, goal and measure (with the goals each serves): four queries. */
export async function loadProgrammeRows(db: Executor, programmeId: string): Promise<ProgrammeRows | undefined> {
  const programme = await findProgrammeById(db, programmeId);
  if (!programme) return undefined;
  const [focusAreas, goals, measures, links] = await Promise.all([
    listFocusAreas(db, programmeId),
    listGoals(db, programmeId),
    db.selectFrom("measure").selectAll().where("programmeId", "=", programmeId).orderBy("position").orderBy("id").execute(),
    db
      .selectFrom("measureGoal")
      .innerJoin("goal", "goal.id", "measureGoal.goalId")
      .select(["measureGoal.measureId", "measureGoal.goalId"])
      .where("goal.programmeId", "=", programmeId)
      .orderBy("goal.position")
      .orderBy("goal.id")
      .execute(),
  ]);
  return {
    programme: { ...programme, publishedAt: programme.publishedAt === null ? null : new Date(programme.publishedAt).toISOString() },
    focusAreas,
    goals,
    measures: measures.map((measure) => ({
      ...measure,
      goalIds: links.filter((link) => link.measureId === measure.id).map((link) => link.goalId),
    })),
  };
}

/** A revision as planned by the domain: copies with new ids and predecessor links, and the id map. */
export interface RevisionRows {
  programme: SnapshotProgramme;
  focusAreas: FocusAreaRow[];
  goals: GoalRow[];
  measures: SnapshotMeasure[];
  idMap: ReadonlyMap<string, string>;
}

/** Parents before children, so each sub-theme's parent exists when it is inserted. */
function parentsFirst(areas: readonly FocusAreaRow[]): FocusAreaRow[] {
  const ordered: FocusAreaRow[] = [];
  const placed = new Set<string | null>([null]);
  let remaining = [...areas];
  while (remaining.length > 0) {
    const ready = remaining.filter((area) => placed.has(area.parentId));
    if (ready.length === 0) throw new Error("focus-area tree has a cycle or a parent outside the programme");
    for (const area of ready) placed.add(area.id);
    ordered.push(...ready);
    remaining = remaining.filter((area) => !placed.has(area.id));
  }
  return ordered;
}

/**
 * Inserts a planned revision and copies what hangs on the carried rows: the follow-up roles,
 * each carried measure's goal links, obligation links, parts, budget lines and output
 * indicators, and each goal's outcome indicators (indicators with their values, so a chart
 * keeps its history). Run it inside the use case's transaction.
 */
export async function insertRevision(db: Executor, plan: RevisionRows): Promise<ProgrammeRow> {
  const sourceId = plan.programme.predecessorId;
  if (!sourceId) throw new Error("a revision names the programme it revises");
  return insertProgrammeCopy(db, plan, { sourceId, indicatorValues: true });
}

/**
 * Inserts a programme for a new period planned by the domain's planCopyForward: the same tree
 * and roles as a revision, budget lines only for the new period's years, and indicators as
 * definitions (the old period's measurements stay with the old programme).
 */
export async function insertCopyForward(
  db: Executor,
  plan: RevisionRows,
  sourceId: string,
  budgetYears: { from: number; to: number },
): Promise<ProgrammeRow> {
  return insertProgrammeCopy(db, plan, { sourceId, indicatorValues: false, budgetYears });
}

async function insertProgrammeCopy(db: Executor, plan: RevisionRows, options: CopyOptions & { sourceId: string }): Promise<ProgrammeRow> {
  const programme = await db.insertInto("programme").values(fresh(plan.programme)).returningAll().executeTakeFirstOrThrow();
  const areas = parentsFirst(plan.focusAreas);
  for (const area of areas) await db.insertInto("focusArea").values(fresh(area)).execute();
  if (plan.goals.length > 0) await db.insertInto("goal").values(plan.goals.map(fresh)).execute();
  if (plan.measures.length > 0) {
    await db.insertInto("measure").values(plan.measures.map(({ goalIds: _goalIds, ...measure }) => fresh(measure))).execute();
    const links = plan.measures.flatMap((measure) => measure.goalIds.map((goalId) => ({ measureId: measure.id, goalId })));
    if (links.length > 0) await db.insertInto("measureGoal").values(links).execute();
  }
  const roles = await db.selectFrom("programmeRole").selectAll().where("programmeId", "=", options.sourceId).execute();
  if (roles.length > 0) {
    await db
      .insertInto("programmeRole")
      .values(roles.map(({ id: _id, version: _version, ...role }) => ({ ...role, programmeId: programme.id })))
      .execute();
  }
  await copyMeasureContents(db, plan, options);
  return programme;
}
