import { findGoalById, insertGoal, type Executor, type GoalRow, type NewGoal, type ProgrammeRow } from "@samspill/db";
import type { Audit } from "../../trpc/mutation.js";
import { editableProgramme, found, type Authorize } from "./programme-access.js";
import { goalRowView } from "./programme-row-view.js";

/** A goal with its programme, which the actor may edit and whose structure is still open (a draft). */
export async function editableGoal(
  db: Executor,
  authorize: Authorize,
  goalId: string,
): Promise<{ goal: GoalRow; programme: ProgrammeRow }> {
  const goal = found(await findGoalById(db, goalId), "goal");
  return { goal, programme: await editableProgramme(db, authorize, goal.programmeId, "goals") };
}

/** A new goal of an editable programme, written with its audit event (`goal.added`). */
export async function insertAuditedGoal(db: Executor, audit: Audit, programme: ProgrammeRow, values: NewGoal) {
  const after = goalRowView(await insertGoal(db, values));
  await audit({ action: "goal.added", subjectType: "goal", subjectId: after.id, organisationId: programme.ownerId, after });
  return after;
}
