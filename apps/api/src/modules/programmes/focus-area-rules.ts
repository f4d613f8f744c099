import { findFocusAreaById, type Executor, type FocusAreaRow, type ProgrammeRow } from "@samspill/db";
import { DomainError } from "@samspill/domain";
import { editableProgramme, found, type Authorize } from "./programme-access.js";

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
