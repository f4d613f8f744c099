import type { MeasureStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";
import { revisionRefusal, type LifecycleProgramme } from "./lifecycle";

// A rolling revision copies the adopted programme into a new draft. Focus areas and goals are
// all carried; measures only while there is work left, so finished and cancelled ones stay in
// the version where they happened. Every copy links to its original through `predecessorId`.

export interface RevisableProgramme extends LifecycleProgramme {
  revision: number;
  published: boolean;
  publishedAt?: string | null;
}
export interface RevisableFocusArea {
  id: string;
  programmeId: string;
  parentId: string | null;
  predecessorId: string | null;
}
export interface RevisableGoal {
  id: string;
  programmeId: string;
  focusAreaId: string | null;
  predecessorId: string | null;
}
export interface RevisableMeasure {
  id: string;
  programmeId: string;
  focusAreaId: string | null;
  goalIds: readonly string[];
  status: MeasureStatus;
  predecessorId: string | null;
}

export interface ProgrammeSnapshot<
  P extends RevisableProgramme = RevisableProgramme,
  F extends RevisableFocusArea = RevisableFocusArea,
  G extends RevisableGoal = RevisableGoal,
  M extends RevisableMeasure = RevisableMeasure,
> {
  programme: P;
  focusAreas: readonly F[];
  goals: readonly G[];
  measures: readonly M[];
}

export interface PlannedRevision<P, F, G, M> {
  programme: P;
  focusAreas: F[];
  goals: G[];
  measures: M[];
  /** Old id → new id for every copied row, so the caller can copy parts, budget lines and indicators. */
  idMap: Map<string, string>;
}

export function isCarriedForward(measure: Pick<RevisableMeasure, "status">): boolean {
  return measure.status !== "completed" && measure.status !== "cancelled";
}

/**
 * `newId` is injected (crypto.randomUUID in the API, a counter in tests) so this stays pure.
 * Copies keep every other field of the original, including its row `version`; the repository
 * inserts them as new rows, which start at version 1.
 */
export function planRevision<
  P extends RevisableProgramme,
  F extends RevisableFocusArea,
  G extends RevisableGoal,
  M extends RevisableMeasure,
>(snapshot: ProgrammeSnapshot<P, F, G, M>, newId: () => string): PlannedRevision<P, F, G, M> {
  const { programme } = snapshot;
  const refusal = revisionRefusal(programme.status, false);
  if (refusal) throw new DomainError("INVALID_STATE", { reason: refusal, params: { status: programme.status } });
  return copyProgrammeTree(snapshot, newId, {
    programme: (id) => ({
      ...programme,
      id,
      status: "draft",
      revision: programme.revision + 1,
      predecessorId: programme.id,
      adoptedDecisionId: null,
      published: false,
      publishedAt: null,
    }),
    linkPredecessors: true,
  });
}

export interface TreeCopy<P> {
  /** The new programme row, given its new id. */
  programme: (id: string) => P;
  /** A revision links each copy to its original (for the diff); a programme for a new period does not. */
  linkPredecessors: boolean;
}

/**
 * The one copy of a programme's tree: every focus area and goal in their order, and the measures
 * with work left, with new ids and references remapped. Used by the revision and by copy forward.
 */
export function copyProgrammeTree<
  P extends RevisableProgramme,
  F extends RevisableFocusArea,
  G extends RevisableGoal,
  M extends RevisableMeasure,
>(snapshot: ProgrammeSnapshot<P, F, G, M>, newId: () => string, copy: TreeCopy<P>): PlannedRevision<P, F, G, M> {
  const idMap = new Map<string, string>();
  const copyId = (oldId: string): string => {
    const id = newId();
    idMap.set(oldId, id);
    return id;
  };
  const remap = (oldId: string | null): string | null => (oldId === null ? null : (idMap.get(oldId) ?? oldId));
  const predecessor = (oldId: string): string | null => (copy.linkPredecessors ? oldId : null);

  const programmeId = copyId(snapshot.programme.id);
  const carriedMeasures = snapshot.measures.filter(isCarriedForward);
  // Ids first, references second: a sub-theme may be listed before its parent.
  for (const row of [...snapshot.focusAreas, ...snapshot.goals, ...carriedMeasures]) copyId(row.id);
  const idOf = (oldId: string): string => idMap.get(oldId) ?? oldId;

  return {
    programme: copy.programme(programmeId),
    focusAreas: snapshot.focusAreas.map((area) => ({
      ...area, id: idOf(area.id), programmeId, parentId: remap(area.parentId), predecessorId: predecessor(area.id),
    })),
    goals: snapshot.goals.map((goal) => ({
      ...goal, id: idOf(goal.id), programmeId, focusAreaId: remap(goal.focusAreaId), predecessorId: predecessor(goal.id),
    })),
    measures: carriedMeasures.map((measure) => ({
      ...measure,
      id: idOf(measure.id),
      programmeId,
      focusAreaId: remap(measure.focusAreaId),
      goalIds: measure.goalIds.map(idOf),
      predecessorId: predecessor(measure.id),
    })),
    idMap,
  };
}
