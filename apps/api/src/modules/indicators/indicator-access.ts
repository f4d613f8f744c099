import { findGoalById, findIndicatorById, findProgrammeById, type Executor, type IndicatorRow, type ProgrammeRow } from "@samspill/db";
import { assertProgrammeTakes, DomainError, measureEditAction, type Action, type Resource } from "@samspill/domain";
import { locateOwner } from "../../trpc/locate.js";
import { found, placedMeasure, type Authorize } from "../measures/measure-access.js";

// An indicator sits where its goal or measure sits: an outcome indicator is part of the
// programme (edited under edit_programme), an output indicator part of its measure (edited
// under that measure's action, so a municipality keeps its local measure's indicators).

export const INDICATOR_EDIT_ACTIONS = ["edit_programme", "edit_local_measure"] as const;
export const VALUE_EDIT_ACTIONS = ["edit_programme", "edit_local_measure", "edit_measure_part"] as const;

export interface IndicatorPlace {
  programme: ProgrammeRow;
  resource: Resource;
  editAction: Action;
  /** Whose log changes belong in: the measure's owner or the programme's. */
  organisationId: string;
  measureId: string | null;
}

export async function placeOfOwner(db: Executor, owner: { goalId: string | null; measureId: string | null }): Promise<IndicatorPlace> {
  if (owner.measureId) {
    const { measure, programme, resource } = await placedMeasure(db, owner.measureId);
    return { programme, resource, editAction: measureEditAction(measure.scope), organisationId: measure.ownerId, measureId: measure.id };
  }
  if (!owner.goalId) throw new DomainError("INVALID_INPUT", { reason: "indicator_needs_owner", params: { field: "goalId" } });
  const goal = found(await findGoalById(db, owner.goalId), "goal");
  const programme = found(await findProgrammeById(db, goal.programmeId), "programme");
  const resource: Resource = { kind: "programme", ...(await locateOwner(db, programme.ownerId)), published: programme.published };
  return { programme, resource, editAction: "edit_programme", organisationId: programme.ownerId, measureId: null };
}

export async function readableIndicator(db: Executor, authorize: Authorize, id: string) {
  const indicator = found(await findIndicatorById(db, id), "indicator");
  const place = await placeOfOwner(db, indicator);
  authorize(place.resource, "read_programme");
  return { indicator, place };
}

/** An indicator whose goal or measure the actor may edit, in a programme that still takes changes. */
export async function editableIndicator(
  db: Executor,
  authorize: Authorize,
  id: string,
): Promise<{ indicator: IndicatorRow; place: IndicatorPlace }> {
  const indicator = found(await findIndicatorById(db, id), "indicator");
  const place = await placeOfOwner(db, indicator);
  authorize(place.resource, place.editAction);
  assertProgrammeTakes(place.programme, "indicators");
  return { indicator, place };
}
