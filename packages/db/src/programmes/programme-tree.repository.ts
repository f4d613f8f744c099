import { groupBy } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type { MeasureRow } from "../measures/measure.table.js";
import type { FocusAreaRow, GoalRow, ProgrammeRow } from "./programme.table.js";
import { findProgrammeById, listFocusAreas, listGoals } from "./programme.repository.js";

/** A measure in the tree, with the goals it serves (a measure may serve several). */
export type MeasureInTree = MeasureRow & { goalIds: string[] };

/** A focus area with its sub-themes, and the goals and measures placed directly on it. */
export interface FocusAreaNode extends FocusAreaRow {
  children: FocusAreaNode[];
  goals: GoalRow[];
  measures: MeasureInTree[];
}

export interface ProgrammeTree {
  programme: ProgrammeRow;
  /** Top-level focus areas in order; sub-themes are in `children`. */
  focusAreas: FocusAreaNode[];
  /** Goals and measures not placed under any focus area (the schema allows it). */
  unplacedGoals: GoalRow[];
  unplacedMeasures: MeasureInTree[];
}

/**
 * A programme with its whole tree in five queries, however large it is: the rows are fetched
 * per table and assembled in memory, so a programme with 60 measures costs the same as one.
 */
export async function findProgrammeTree(db: Executor, programmeId: string): Promise<ProgrammeTree | undefined> {
  const programme = await findProgrammeById(db, programmeId);
  if (!programme) return undefined;
  const [focusAreas, goals, measures, links] = await Promise.all([
    listFocusAreas(db, programmeId),
    listGoals(db, programmeId),
    db
      .selectFrom("measure")
      .selectAll()
      .where("programmeId", "=", programmeId)
      .orderBy("position")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("measureGoal")
      .innerJoin("goal", "goal.id", "measureGoal.goalId")
      .select(["measureGoal.measureId", "measureGoal.goalId"])
      .where("goal.programmeId", "=", programmeId)
      .orderBy("goal.position")
      .execute(),
  ]);

  const goalIdsByMeasure = groupBy(links, (link) => link.measureId);
  const measuresInTree = measures.map((measure) => ({
    ...measure,
    goalIds: (goalIdsByMeasure.get(measure.id) ?? []).map((link) => link.goalId),
  }));
  const nodes = new Map<string, FocusAreaNode>(
    focusAreas.map((area) => [area.id, { ...area, children: [], goals: [], measures: [] }]),
  );

  const roots: FocusAreaNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const unplacedGoals: GoalRow[] = [];
  for (const goal of goals) {
    const node = goal.focusAreaId ? nodes.get(goal.focusAreaId) : undefined;
    (node ? node.goals : unplacedGoals).push(goal);
  }
  const unplacedMeasures: MeasureInTree[] = [];
  for (const measure of measuresInTree) {
    const node = measure.focusAreaId ? nodes.get(measure.focusAreaId) : undefined;
    (node ? node.measures : unplacedMeasures).push(measure);
  }
  return { programme, focusAreas: roots, unplacedGoals, unplacedMeasures };
}

