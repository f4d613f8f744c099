// The audit log's action codes for a measure, and the words they are shown with; a code the
// client does not know yet is shown as it is.

const ACTIONS = {
  "measure.created": "created",
  "measure.updated": "updated",
  "measure.deleted": "deleted",
  "measure.goals_set": "goalsSet",
  "measure.sdg_goals_set": "sdgGoalsSet",
  "measure.imported": "imported",
  "measure.rolled_up": "rolledUp",
  "measure.updated_from_report": "updatedFromReport",
} as const;

export type ActionKey = (typeof ACTIONS)[keyof typeof ACTIONS];

export function actionKey(action: string): ActionKey | undefined {
  return Object.hasOwn(ACTIONS, action) ? ACTIONS[action as keyof typeof ACTIONS] : undefined;
}

/** A created measure changes every field: the log says "created" and lists none of them. */
export const isCreation = (action: string) => action === "measure.created" || action === "measure.imported";
