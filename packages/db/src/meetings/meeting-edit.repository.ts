import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
import type { AgendaItemRow, DecisionRow, MeetingRow } from "./meeting.table.js";

// Reads and writes behind recording meetings: paged lists, agenda items by id or case number,
// and the decisions that follow a meeting's publication.

export interface MeetingPageFilter extends PageInput {
  councilId: string;
  publishedOnly?: boolean;
  from?: string | undefined;
  to?: string | undefined;
}

/** A council's meetings, newest first, one page at a time. */
export async function pageMeetingsByCouncil(db: Executor, filter: MeetingPageFilter): Promise<Page<MeetingRow>> {
  const { limit, offset } = pageBounds(filter);
  let query = db.selectFrom("meeting").where("councilId", "=", filter.councilId);
  if (filter.publishedOnly) query = query.where("published", "=", true);
  if (filter.from) query = query.where("heldOn", ">=", filter.from);
  if (filter.to) query = query.where("heldOn", "<=", filter.to);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy("heldOn", "desc").orderBy("id").limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function findAgendaItemById(db: Executor, id: string): Promise<AgendaItemRow | undefined> {
  return db.selectFrom("agendaItem").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The item holding a case number in a meeting, if any: case numbers are unique per meeting. */
export async function findAgendaItemByCaseNumber(
  db: Executor,
  meetingId: string,
  caseNumber: string,
): Promise<AgendaItemRow | undefined> {
  return db
    .selectFrom("agendaItem")
    .selectAll()
    .where("meetingId", "=", meetingId)
    .where("caseNumber", "=", caseNumber)
    .executeTakeFirst();
}

export async function listDecisionsOfAgendaItem(db: Executor, agendaItemId: string): Promise<DecisionRow[]> {
  return db.selectFrom("decision").selectAll().where("agendaItemId", "=", agendaItemId).orderBy("createdAt").execute();
}

export async function findDecisionById(db: Executor, id: string): Promise<DecisionRow | undefined> {
  return db.selectFrom("decision").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function deleteAgendaItem(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("agendaItem").where("id", "=", id).execute();
}

/** A meeting's minutes are published as a whole: its decisions follow the meeting. */
export async function setDecisionsOfMeetingPublished(db: Executor, meetingId: string, published: boolean): Promise<number> {
  const result = await db
    .updateTable("decision")
    .set((eb) => ({ published, version: eb("version", "+", 1) }))
    .where("agendaItemId", "in", (eb) => eb.selectFrom("agendaItem").select("id").where("meetingId", "=", meetingId))
    .where("published", "<>", published)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface AdoptedProgrammeLink {
  decisionId: string;
  programmeId: string;
  title: string;
  revision: number;
  status: string;
  published: boolean;
}

/** The programmes a meeting's decisions adopted, for "what did this decision adopt". */
export async function listProgrammesAdoptedAtMeeting(db: Executor, meetingId: string): Promise<AdoptedProgrammeLink[]> {
  return db
    .selectFrom("decision")
    .innerJoin("agendaItem", "agendaItem.id", "decision.agendaItemId")
    .innerJoin("programme", "programme.id", "decision.adoptsProgrammeId")
    .select([
      "decision.id as decisionId",
      "programme.id as programmeId",
      "programme.title",
      "programme.revision",
      "programme.status",
      "programme.published",
    ])
    .where("agendaItem.meetingId", "=", meetingId)
    .execute();
}
