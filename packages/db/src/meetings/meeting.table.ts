import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// Council meetings, their agenda items and the decisions taken.

export type MeetingTable = Database["meeting"];
export type MeetingRow = Selectable<MeetingTable>;
export type NewMeeting = Insertable<MeetingTable>;
export type MeetingUpdate = Updateable<MeetingTable>;

export type AgendaItemTable = Database["agendaItem"];
export type AgendaItemRow = Selectable<AgendaItemTable>;
export type NewAgendaItem = Insertable<AgendaItemTable>;
export type AgendaItemUpdate = Updateable<AgendaItemTable>;

export type DecisionTable = Database["decision"];
export type DecisionRow = Selectable<DecisionTable>;
export type NewDecision = Insertable<DecisionTable>;
export type DecisionUpdate = Updateable<DecisionTable>;
