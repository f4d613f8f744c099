import type { ProgrammeRow } from "@samspill/db";
import { DomainError } from "@samspill/domain";

/**
 * Roles in the follow-up are set while the programme is drafted and while it is followed up
 * after adoption; a superseded version is history and keeps the roles it had.
 */
export function assertRolesEditable(programme: Pick<ProgrammeRow, "id" | "status">): void {
  if (programme.status !== "superseded") return;
  throw new DomainError("INVALID_STATE", { reason: "programme_superseded", params: { programmeId: programme.id } });
}
