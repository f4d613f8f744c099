import { findFocusAreaById, listGoalIdsInProgramme, listObligationParties, setGoalsOfMeasure, setObligationsOfMeasure, type Executor } from "@samspill/db";
import { DomainError } from "@samspill/domain";

// The goals a measure serves must be goals of its own programme, and the obligations it
// fulfils must come from agreements its programme's owner is a party to — the same rule the
// agreements module applies when a county official links them from the other side.

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export async function replaceGoals(db: Executor, measureId: string, programmeId: string, goalIds: readonly string[]): Promise<string[]> {
  const wanted = unique(goalIds);
  const inProgramme = new Set(await listGoalIdsInProgramme(db, programmeId, wanted));
  const stranger = wanted.find((id) => !inProgramme.has(id));
  if (stranger) throw new DomainError("INVALID_INPUT", { reason: "goal_not_in_programme", params: { field: "goalIds", goalId: stranger } });
  await setGoalsOfMeasure(db, measureId, wanted);
  return wanted;
}

export async function replaceObligations(
  db: Executor,
  measureId: string,
  programmeOwnerId: string,
  obligationIds: readonly string[],
): Promise<string[]> {
  const wanted = unique(obligationIds);
  const parties = await listObligationParties(db, wanted);
  const stranger = wanted.find(
    (id) => !parties.some((party) => party.obligationId === id && party.organisationId === programmeOwnerId),
  );
  if (stranger) {
    throw new DomainError("INVALID_INPUT", { reason: "obligation_not_of_a_party", params: { field: "obligationIds", obligationId: stranger } });
  }
  await setObligationsOfMeasure(db, measureId, wanted);
  return wanted;
}

/** A measure sits under a focus area of its own programme (or none). */
export async function assertFocusAreaInProgramme(db: Executor, focusAreaId: string | null | undefined, programmeId: string): Promise<void> {
  if (!focusAreaId) return;
  const area = await findFocusAreaById(db, focusAreaId);
  if (area?.programmeId === programmeId) return;
  throw new DomainError("INVALID_INPUT", { reason: "focus_area_not_in_programme", params: { field: "focusAreaId" } });
}
