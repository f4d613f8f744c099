import { AgendaItemSchema, UpdateMeetingInputSchema } from "@samspill/domain";
import { schemaProblems, type FieldProblems } from "../../shared/forms";
import type { AgendaItem, MeetingDetail } from "./types";

// What the edit forms of a meeting and of a case hold, and how they check it before sending.
// Only the fields the user changed are sent (`useVersionedForm`), so another person's change
// to a field this user did not touch is kept.

export type Meeting = Pick<MeetingDetail, "id" | "version" | "body" | "title" | "heldOn" | "location">;
export type MeetingValues = Record<"body" | "title" | "heldOn" | "location", string>;
export const MEETING_FIELDS = ["body", "title", "heldOn", "location"] as const;
export const MEETING_REQUIRED = ["body", "title", "heldOn"] as const;

export function meetingValues(meeting: Meeting): MeetingValues {
  return { body: meeting.body, title: meeting.title, heldOn: meeting.heldOn, location: meeting.location ?? "" };
}

export function checkMeeting(meeting: Pick<Meeting, "id" | "version">, values: MeetingValues): FieldProblems {
  return schemaProblems(UpdateMeetingInputSchema, { id: meeting.id, version: meeting.version, ...values });
}

export type ItemValues = Record<"caseNumber" | "title" | "description", string>;
export const ITEM_FIELDS = ["caseNumber", "title", "description"] as const;
export const ITEM_REQUIRED = ["caseNumber", "title"] as const;

export function itemValues(item: AgendaItem): ItemValues {
  return { caseNumber: item.caseNumber, title: item.title, description: item.description };
}

export function checkItem(item: AgendaItem, values: ItemValues): FieldProblems {
  return schemaProblems(AgendaItemSchema, { id: item.id, meetingId: item.meetingId, position: item.position, version: item.version, ...values });
}

/** The changed fields as the API takes them: a case number without the spaces around it. */
export function itemChanges(changed: Partial<ItemValues>): Partial<ItemValues> {
  return changed.caseNumber === undefined ? changed : { ...changed, caseNumber: changed.caseNumber.trim() };
}
