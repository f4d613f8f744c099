import type { Executor } from "../../shared/executor.js";
import { insertAgendaItem, insertMeeting } from "../../meetings/meeting.repository.js";
import type { AgendaItemRow, MeetingRow, NewAgendaItem, NewMeeting } from "../../meetings/meeting.table.js";
import { createOrganisation } from "./organisations.js";
import { uniqueName } from "./unique.js";

/** An unpublished meeting of a council's board, a new council unless given. */
export async function createMeeting(db: Executor, overrides: Partial<NewMeeting> = {}): Promise<MeetingRow> {
  const councilId = overrides.councilId ?? (await createOrganisation(db, { kind: "regional_council" })).id;
  return insertMeeting(db, {
    body: "Rådsmøte",
    title: uniqueName("Meeting"),
    heldOn: "2024-06-13",
    ...overrides,
    councilId,
  });
}

let caseSequence = 0;

/** An agenda item with a fresh case number (n/24) on a meeting, a new one unless given. */
export async function createAgendaItem(db: Executor, overrides: Partial<NewAgendaItem> = {}): Promise<AgendaItemRow> {
  const meetingId = overrides.meetingId ?? (await createMeeting(db)).id;
  caseSequence = (caseSequence % 9999) + 1;
  return insertAgendaItem(db, {
    caseNumber: `${caseSequence}/24`,
    title: uniqueName("Agenda item"),
    ...overrides,
    meetingId,
  });
}
