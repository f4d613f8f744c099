import { findFocusAreaById, insertFocusArea, type Executor, type FocusAreaRow, type NewFocusArea, type ProgrammeRow } from "@samspill/db";
import type { Audit } from "../../trpc/mutation.js";
import { DomainError } from "@samspill/domain";
import { editableProgramme, found, type Authorize } from "./programme-access.js";
import { focusAreaRowView } from "./programme-row-view.js";

/** A focus area with its programme, which the actor may edit and whose structure is still open (a draft). */
export async function editableFocusArea(
  db: Executor,
  authorize: Authorize,
  focusAreaId: string,
): Promise<{ area: FocusAreaRow; programme: ProgrammeRow }> {
  const area = found(await findFocusAreaById(db, focusAreaId), "focus_area");
  return { area, programme: await editableProgramme(db, authorize, area.programmeId, "focus_areas") };
}

/** A parent (or a goal's focus area) must be in the same programme; the schema refuses it too, less clearly. */
export async function assertInProgramme(db: Executor, focusAreaId: string | null | undefined, programmeId: string, field: string) {
  if (!focusAreaId) return;
  const area = await findFocusAreaById(db, focusAreaId);
  if (area?.programmeId !== programmeId) {
    throw new DomainError("INVALID_INPUT", { reason: "focus_area_not_in_programme", params: { field } });
  }
}

/** A new focus area or sub-theme of an editable programme, written with its audit event (`focus_area.added`). */
export async function insertAuditedFocusArea(db: Executor, audit: Audit, programme: ProgrammeRow, values: NewFocusArea) {
  const after = focusAreaRowView(await insertFocusArea(db, values));
  await audit({ action: "focus_area.added", subjectType: "focus_area", subjectId: after.id, organisationId: programme.ownerId, after });
  return after;
}
