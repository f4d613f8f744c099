import type { SubjectType } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
import type { AuditEventRow } from "./audit-event.table.js";

export interface AuditEntry {
  /** Null for changes the system makes on its own (imports, scheduled jobs). */
  actorId: string | null;
  /** The organisation whose audit log shows the event (see "read audit log" in DOMAIN.md). */
  organisationId: string | null;
  /** Verb in snake_case, e.g. `measure.update`, `status_report.approve`. */
  action: string;
  subjectType: SubjectType;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/**
 * Appends one event. Call it with the transaction that made the change, so the log and the
 * change commit or roll back together.
 */
export async function recordAudit(trx: Executor, entry: AuditEntry): Promise<AuditEventRow> {
  return trx
    .insertInto("auditEvent")
    .values({
      actorId: entry.actorId,
      organisationId: entry.organisationId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: entry.requestId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

// Sent as JSON text: `pg` would turn a top-level array into a PostgreSQL array literal, and
// text behaves the same in both drivers. Dates become ISO strings, as in the API.
function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** The history of one subject, oldest first. */
export async function listAuditEvents(
  db: Executor,
  subject: { subjectType: SubjectType; subjectId: string },
): Promise<AuditEventRow[]> {
  return db
    .selectFrom("auditEvent")
    .selectAll()
    .where("subjectType", "=", subject.subjectType)
    .where("subjectId", "=", subject.subjectId)
    .orderBy("occurredAt")
    .orderBy("id")
    .execute();
}

/** An organisation's audit log, newest first, paged by the id of the last event seen. */
export async function listAuditEventsOfOrganisation(
  db: Executor,
  organisationId: string,
  options: { limit?: number; beforeId?: number } = {},
): Promise<AuditEventRow[]> {
  let query = db
    .selectFrom("auditEvent")
    .selectAll()
    .where("organisationId", "=", organisationId)
    .orderBy("id", "desc")
    .limit(Math.min(options.limit ?? 100, 500));
  if (options.beforeId !== undefined) query = query.where("id", "<", options.beforeId);
  return query.execute();
}

export type AuditEventWithActor = AuditEventRow & { actorName: string | null };

/**
 * A page of audit events, newest first, with the acting user's name. Filter by subject or by
 * the organisation whose log the events belong in.
 */
export async function pageAuditEvents(
  db: Executor,
  filter: ({ subjectType: SubjectType; subjectId: string } | { organisationId: string }) & PageInput,
): Promise<Page<AuditEventWithActor>> {
  let query = db.selectFrom("auditEvent").leftJoin("appUser", "appUser.id", "auditEvent.actorId");
  if ("organisationId" in filter) {
    query = query.where("auditEvent.organisationId", "=", filter.organisationId);
  } else {
    query = query.where("auditEvent.subjectType", "=", filter.subjectType).where("auditEvent.subjectId", "=", filter.subjectId);
  }
  const { limit, offset } = pageBounds(filter);
  const [items, count] = await Promise.all([
    query
      .selectAll("auditEvent")
      .select("appUser.name as actorName")
      .orderBy("auditEvent.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/**
 * Every audit event after a cursor (the last event id already shipped), oldest first, with the
 * acting user's name, in batches: for shipping the log to an archive or a SIEM as JSON lines.
 * Ids only grow, so "after id" never skips or repeats an event; `since` narrows to a time too.
 */
export async function* auditEventsAfter(
  db: Executor,
  options: { afterId: number; since?: Date | undefined; batch?: number },
): AsyncGenerator<AuditEventWithActor> {
  const batch = options.batch ?? 1_000;
  let after = options.afterId;
  for (;;) {
    let query = db
      .selectFrom("auditEvent")
      .leftJoin("appUser", "appUser.id", "auditEvent.actorId")
      .selectAll("auditEvent")
      .select("appUser.name as actorName")
      .where("auditEvent.id", ">", after);
    if (options.since) query = query.where("auditEvent.occurredAt", ">=", options.since);
    const rows = await query.orderBy("auditEvent.id").limit(batch).execute();
    yield* rows;
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1]!.id);
  }
}
