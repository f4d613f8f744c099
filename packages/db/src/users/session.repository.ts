import type { Executor } from "../shared/executor.js";
import type { UserRow } from "./user.table.js";
import type { NewSession, NewSignInAttempt, SessionEndReason, SessionRow } from "./session.table.js";

export async function insertSession(db: Executor, values: NewSession): Promise<SessionRow> {
  return db.insertInto("session").values(values).returningAll().executeTakeFirstOrThrow();
}

/** An open session by its token hash, with its user; ended sessions are never returned. */
export async function findOpenSession(
  db: Executor,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const session = await db
    .selectFrom("session")
    .selectAll()
    .where("tokenHash", "=", tokenHash)
    .where("endedAt", "is", null)
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await db.selectFrom("appUser").selectAll().where("id", "=", session.userId).executeTakeFirst();
  return user ? { session, user } : undefined;
}

export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.updateTable("session").set({ lastSeenAt: now }).where("id", "=", id).execute();
}

export async function endSession(db: Executor, id: string, reason: SessionEndReason, now: Date): Promise<void> {
  await db
    .updateTable("session")
    .set({ endedAt: now, endedReason: reason })
    .where("id", "=", id)
    .where("endedAt", "is", null)
    .execute();
}

/** Ends every open session of a user at once; returns how many were open. */
export async function endSessionsOfUser(
  db: Executor,
  userId: string,
  reason: SessionEndReason,
  now: Date,
): Promise<number> {
  const ended = await db
    .updateTable("session")
    .set({ endedAt: now, endedReason: reason })
    .where("userId", "=", userId)
    .where("endedAt", "is", null)
    .returning("id")
    .execute();
  return ended.length;
}

export async function recordSignInAttempt(db: Executor, values: NewSignInAttempt): Promise<void> {
  await db.insertInto("signInAttempt").values(values).execute();
}

/** Failed attempts since a moment, for one e-mail address and for one client address. */
export async function countFailedSignIns(
  db: Executor,
  filter: { email: string; ip: string; since: Date },
): Promise<{ byEmail: number; byIp: number }> {
  const row = await db
    .selectFrom("signInAttempt")
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere("email", "=", filter.email).as("byEmail"),
      eb.fn.countAll<number>().filterWhere("ip", "=", filter.ip).as("byIp"),
    ])
    .where("succeeded", "=", false)
    .where("attemptedAt", ">=", filter.since)
    .where((eb) => eb.or([eb("email", "=", filter.email), eb("ip", "=", filter.ip)]))
    .executeTakeFirstOrThrow();
  return { byEmail: Number(row.byEmail), byIp: Number(row.byIp) };
}
