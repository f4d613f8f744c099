import { findAgendaItemById, findMeetingById, type AgendaItemRow, type Executor, type MeetingRow } from "@samspill/db";
import type { Resource } from "@samspill/domain";
import { locateOwner } from "../../trpc/locate.js";
import { found, type Authorize } from "../programmes/programme-access.js";

// A meeting sits where its council sits; the public reads it only once it is published.

export async function meetingResource(db: Executor, councilId: string, published: boolean): Promise<Resource> {
  return { kind: "meeting", ...(await locateOwner(db, councilId)), published };
}

export async function authorizedMeeting(db: Executor, authorize: Authorize, meetingId: string): Promise<MeetingRow> {
  const meeting = found(await findMeetingById(db, meetingId), "meeting");
  authorize(await meetingResource(db, meeting.councilId, meeting.published));
  return meeting;
}

/** An agenda item with its meeting, authorized through the meeting. */
export async function authorizedAgendaItem(
  db: Executor,
  authorize: Authorize,
  agendaItemId: string,
): Promise<{ item: AgendaItemRow; meeting: MeetingRow }> {
  const item = found(await findAgendaItemById(db, agendaItemId), "agenda_item");
  return { item, meeting: await authorizedMeeting(db, authorize, item.meetingId) };
}

export function meetingView(meeting: MeetingRow) {
  return {
    id: meeting.id,
    councilId: meeting.councilId,
    body: meeting.body,
    title: meeting.title,
    heldOn: meeting.heldOn,
    location: meeting.location,
    published: meeting.published,
    version: meeting.version,
  };
}

export function agendaItemView(item: AgendaItemRow) {
  return {
    id: item.id,
    meetingId: item.meetingId,
    caseNumber: item.caseNumber,
    title: item.title,
    description: item.description,
    position: item.position,
    version: item.version,
  };
}
