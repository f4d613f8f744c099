import { findAgendaItemByCaseNumber, type Executor } from "@samspill/db";
import { DomainError } from "@samspill/domain";

/** Case numbers are unique per meeting; say so clearly rather than through the constraint's name. */
export async function assertCaseNumberFree(db: Executor, meetingId: string, caseNumber: string, exceptId?: string): Promise<void> {
  const holder = await findAgendaItemByCaseNumber(db, meetingId, caseNumber);
  if (!holder || holder.id === exceptId) return;
  throw new DomainError("CONFLICT", { reason: "case_number_taken", params: { field: "caseNumber", caseNumber, agendaItemId: holder.id } });
}
