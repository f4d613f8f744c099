import { findGoalById, type Executor, type GoalRow, type ProgrammeRow } from "@samspill/db";
import { editableProgramme, found, type Authorize } from "./programme-access.js";

/** A goal with its programme, which the actor may edit and whose structure is still open (a draft). */
export async function editableGoal(
  db: Executor,
  authorize: Authorize,
  goalId: string,
): Promise<{ goal: GoalRow; programme: ProgrammeRow }> {
  const goal = found(await findGoalById(db, goalId), "goal");
  return { goal, programme: await editableProgramme(db, authorize, goal.programmeId, "goals") };
}
