import { sql } from "kysely";
import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
import type { NewOutboxMessage, NoticeKind, OutboxRow, OutboxState } from "./notification.table.js";

/**
 * Writes messages to the outbox, in the caller's transaction. A message whose dedupe key is
 * already there is skipped, so a job that runs twice (or two workers at once) sends it once.
 * Answers the messages actually written.
 */
export async function enqueueOutboxMessages(db: Executor, messages: readonly NewOutboxMessage[]): Promise<OutboxRow[]> {
  if (messages.length === 0) return [];
  const rows = await db
    .insertInto("notificationOutbox")
    .values([...messages])
    .onConflict((oc) => oc.column("dedupeKey").doNothing())
    .returningAll()
    .execute();
  return rows as OutboxRow[];
}

/** Which of these dedupe keys are already in the outbox, so a job renders only what is new. */
export async function existingDedupeKeys(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom("notificationOutbox").select("dedupeKey").where("dedupeKey", "in", keys).execute();
  return new Set(rows.map((row) => row.dedupeKey).filter((key): key is string => key !== null));
}

export async function findOutboxMessage(db: Executor, id: string): Promise<OutboxRow | undefined> {
  return (await db.selectFrom("notificationOutbox").selectAll().where("id", "=", id).executeTakeFirst()) as OutboxRow | undefined;
}

export interface OutboxFilter extends PageInput {
  state?: OutboxState | undefined;
  kind?: NoticeKind | undefined;
}

export type OutboxListItem = Omit<OutboxRow, "bodyText" | "bodyHtml">;

/** A page of the outbox, newest first, without the bodies. */
export async function listOutboxMessages(db: Executor, filter: OutboxFilter = {}): Promise<Page<OutboxListItem>> {
  let query = db.selectFrom("notificationOutbox");
  if (filter.state) query = query.where("state", "=", filter.state);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  const { limit, offset } = pageBounds(filter);
  const [items, count] = await Promise.all([
    query
      .select([
        "id", "kind", "recipientId", "recipientEmail", "language", "subject", "dedupeKey", "state", "attempts",
        "nextAttemptAt", "lastError", "sentAt", "createdAt",
      ])
      .orderBy("createdAt", "desc")
      .orderBy("id")
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: items as OutboxListItem[], total: Number(count.total) };
}

/** Messages to try now: never tried, or failed with a retry that has come due; oldest first. */
export async function listDueOutboxMessages(db: Executor, now: Date, limit: number): Promise<OutboxRow[]> {
  const rows = await db
    .selectFrom("notificationOutbox")
    .selectAll()
    .where("state", "in", ["pending", "failed"])
    .where("nextAttemptAt", "<=", now)
    .orderBy("createdAt")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows as OutboxRow[];
}

export async function markOutboxSent(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable("notificationOutbox")
    .set({ state: "sent", sentAt: now, nextAttemptAt: null, lastError: null, attempts: sql`attempts + 1` })
    .where("id", "=", id)
    .execute();
}

/** A failed try; `retryAt` null gives up, leaving it failed for the admin to see. */
export async function markOutboxFailed(db: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable("notificationOutbox")
    .set({ state: "failed", lastError: error.slice(0, 1000), nextAttemptAt: retryAt, attempts: sql`attempts + 1` })
    .where("id", "=", id)
    .execute();
}

/** No SMTP server is configured: the messages stay here, readable by the admin, not sent. */
export async function markOutboxHeld(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable("notificationOutbox").set({ state: "held", nextAttemptAt: null }).where("id", "in", ids).execute();
}
