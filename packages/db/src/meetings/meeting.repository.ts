import type { Executor } from "../shared/executor.js";
import type {
  AgendaItemRow,
  DecisionRow,
  MeetingRow,
  NewAgendaItem,
  NewDecision,
  NewMeeting,
} from "./meeting.table.js";

export type AgendaItemWithDecisions = AgendaItemRow & { decisions: DecisionRow[] };

export interface MeetingWithAgenda {
  meeting: MeetingRow;
  agendaItems: AgendaItemWithDecisions[];
}

/** A council's meetings, newest first; the public sees only published ones. */
export async function listMeetingsByCouncil(
  db: Executor,
  councilId: string,
  options: { publishedOnly?: boolean } = {},
): Promise<MeetingRow[]> {
  let query = db.selectFrom("meeting").selectAll().where("councilId", "=", councilId);
  if (options.publishedOnly) query = query.where("published", "=", true);
  return query.orderBy("heldOn", "desc").orderBy("id").execute();
}

export async function findMeetingById(db: Executor, id: string): Promise<MeetingRow | undefined> {
  return db.selectFrom("meeting").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A meeting with its agenda and decisions in three queries. */
export async function findMeetingWithAgenda(db: Executor, id: string): Promise<MeetingWithAgenda | undefined> {
  const meeting = await findMeetingById(db, id);
  if (!meeting) return undefined;
  const [items, decisions] = await Promise.all([
    db
      .selectFrom("agendaItem")
      .selectAll()
      .where("meetingId", "=", id)
      .orderBy("position")
      .orderBy("caseNumber")
      .execute(),
    db
      .selectFrom("decision")
      .innerJoin("agendaItem", "agendaItem.id", "decision.agendaItemId")
      .selectAll("decision")
      .where("agendaItem.meetingId", "=", id)
      .orderBy("decision.decidedOn")
      .orderBy("decision.createdAt")
      .execute(),
  ]);
  const agendaItems = items.map((item) => ({
    ...item,
    decisions: decisions.filter((decision) => decision.agendaItemId === item.id),
  }));
  return { meeting, agendaItems };
}

/** The decision that adopted a programme, for "adopted by the council on … (sak 12/23)". */
export async function findDecisionAdoptingProgramme(
  db: Executor,
  programmeId: string,
): Promise<DecisionRow | undefined> {
  return db
    .selectFrom("decision")
    .selectAll()
    .where("adoptsProgrammeId", "=", programmeId)
    .orderBy("decidedOn", "desc")
    .executeTakeFirst();
}

export async function insertMeeting(db: Executor, values: NewMeeting): Promise<MeetingRow> {
  return db.insertInto("meeting").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertAgendaItem(db: Executor, values: NewAgendaItem): Promise<AgendaItemRow> {
  return db.insertInto("agendaItem").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertDecision(db: Executor, values: NewDecision): Promise<DecisionRow> {
  return db.insertInto("decision").values(values).returningAll().executeTakeFirstOrThrow();
}
