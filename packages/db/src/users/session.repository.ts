import { sql } from "kysely";
import type { OrganisationKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { keptQuery } from "../shared/kept-query.js";
import { inTransaction } from "../shared/transaction.js";
import { validOn } from "../shared/validity.js";
import type { UserRow } from "./user.table.js";
import type { NewSession, SessionEndReason, SessionRow } from "./session.table.js";

export async function insertSession(db: Executor, values: NewSession): Promise<SessionRow> {
  return db.insertInto("session").values(values).returningAll().executeTakeFirstOrThrow();
}

/** The organisations a user acts for beyond their own, as of a day (see `findOpenSession`). */
export interface ScopeRows {
  /** A municipality contributor's councils: those their municipality is a member of that day, by name. */
  memberCouncilIds: string[];
  /** A county official's county: its councils and municipalities valid that day, each by name. */
  countyCouncilIds: string[];
  countyMunicipalityIds: string[];
}

// Every signed-in request asks this, so it is built and compiled once (`keptQuery`).
const openSessionByToken = keptQuery((db: Executor, tokenHash: string, today: string) => {
  // Ids of the organisations in `organisation`, by name as the lists are; of one kind when given.
  const ids = (kind?: OrganisationKind) =>
    kind
      ? sql<string[]>`coalesce(array_agg(organisation.id order by organisation.name, organisation.id) filter (where organisation.kind = ${kind}), '{}')`
      : sql<string[]>`coalesce(array_agg(organisation.id order by organisation.name, organisation.id), '{}')`;
  return db
    .selectFrom("session")
    .innerJoin("appUser", "appUser.id", "session.userId")
    .selectAll("appUser")
    .select([
      "session.id as sessionId", "session.userId as sessionUserId", "session.tokenHash as sessionTokenHash",
      "session.createdAt as sessionCreatedAt", "session.lastSeenAt as sessionLastSeenAt",
      "session.expiresAt as sessionExpiresAt", "session.endedAt as sessionEndedAt",
      "session.endedReason as sessionEndedReason", "session.ip as sessionIp", "session.userAgent as sessionUserAgent",
    ])
    // Each list is looked up only for the role that has one.
    .select((eb) => {
      const inCounty = (kind: OrganisationKind) =>
        eb.selectFrom("organisation").select(ids(kind).as("ids"))
          .whereRef("organisation.countyId", "=", "appUser.organisationId").where(validOn(today, "organisation"));
      return [
        eb.case().when("appUser.role", "=", "municipality_contributor").then(
          eb.selectFrom("organisation").innerJoin("membership", "membership.councilId", "organisation.id")
            .select(ids().as("ids"))
            .whereRef("membership.municipalityId", "=", "appUser.organisationId")
            .where(validOn(today, "membership")),
        ).end().as("memberCouncilIds"),
        eb.case().when("appUser.role", "=", "county_official").then(inCounty("regional_council")).end().as("countyCouncilIds"),
        eb.case().when("appUser.role", "=", "county_official").then(inCounty("municipality")).end().as("countyMunicipalityIds"),
      ];
    })
    .where("session.tokenHash", "=", tokenHash)
    .where("session.endedAt", "is", null);
});

/**
 * An open session by its token hash, with its user and the organisations the user acts for on
 * `today` (by their role: a contributor's councils, a county official's county), in one
 * statement, since every signed-in request needs all three; ended sessions are never returned.
 * The lists are the same as `listCouncilsOfMunicipality` and `listOrganisationsInCounty` answer.
 */
export async function findOpenSession(
  db: Executor,
  tokenHash: string,
  today: string,
): Promise<{ session: SessionRow; user: UserRow; scope: ScopeRows } | undefined> {
  const [row] = await openSessionByToken(db, tokenHash, today);
  if (!row) return undefined;
  const {
    sessionId, sessionUserId, sessionTokenHash, sessionCreatedAt, sessionLastSeenAt, sessionExpiresAt,
    sessionEndedAt, sessionEndedReason, sessionIp, sessionUserAgent, memberCouncilIds, countyCouncilIds, countyMunicipalityIds, ...user
  } = row;
  return {
    session: {
      id: sessionId, userId: sessionUserId, tokenHash: sessionTokenHash, createdAt: sessionCreatedAt,
      lastSeenAt: sessionLastSeenAt, expiresAt: sessionExpiresAt, endedAt: sessionEndedAt,
      endedReason: sessionEndedReason, ip: sessionIp, userAgent: sessionUserAgent,
    },
    user,
    scope: { memberCouncilIds: memberCouncilIds ?? [], countyCouncilIds: countyCouncilIds ?? [], countyMunicipalityIds: countyMunicipalityIds ?? [] },
  };
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

/** Failed sign-ins in a window: per account and address, per address, and per account from anywhere. */
export interface SignInFailures {
  byPair: number;
  byIp: number;
  byEmail: number;
  /** The oldest failure of the pair still in the window: when it leaves, the pair may try again. */
  oldestOfPair: Date | null;
  /** The account's latest failure from anywhere: further attempts wait a growing delay after it. */
  latestOfEmail: Date | null;
}

/**
 * Counts the failures that decide whether a sign-in may be tried, and — only when `admit` says
 * yes — records the attempt as failed before its password is checked, all under advisory locks
 * on the account and the address. Forty parallel guesses therefore count each other: no more
 * than the limit ever reach the password check. `settleSignInAttempt` marks a success afterwards.
 */
export async function admitSignInAttempt<T>(
  db: Executor,
  attempt: { email: string; ip: string; at: Date; since: Date },
  admit: (failures: SignInFailures) => T | undefined,
): Promise<{ refusal: T } | { attemptId: number; failures: SignInFailures }> {
  return inTransaction(db, async (trx) => {
    // Always the account's lock before the address's, so two attempts never wait on each other in a circle.
    await sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in account ${attempt.email}`}, 0))`.execute(trx);
    await sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in address ${attempt.ip}`}, 0))`.execute(trx);
    const row = await trx
      .selectFrom("signInAttempt")
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere((f) => f.and([f("email", "=", attempt.email), f("ip", "=", attempt.ip)])).as("byPair"),
        eb.fn.countAll<number>().filterWhere("ip", "=", attempt.ip).as("byIp"),
        eb.fn.countAll<number>().filterWhere("email", "=", attempt.email).as("byEmail"),
        eb.fn.min("attemptedAt").filterWhere((f) => f.and([f("email", "=", attempt.email), f("ip", "=", attempt.ip)])).as("oldestOfPair"),
        eb.fn.max("attemptedAt").filterWhere("email", "=", attempt.email).as("latestOfEmail"),
      ])
      .where("succeeded", "=", false)
      .where("attemptedAt", ">=", attempt.since)
      .where((eb) => eb.or([eb("email", "=", attempt.email), eb("ip", "=", attempt.ip)]))
      .executeTakeFirstOrThrow();
    const failures: SignInFailures = {
      byPair: Number(row.byPair), byIp: Number(row.byIp), byEmail: Number(row.byEmail),
      oldestOfPair: row.oldestOfPair ? new Date(row.oldestOfPair) : null,
      latestOfEmail: row.latestOfEmail ? new Date(row.latestOfEmail) : null,
    };
    const refusal = admit(failures);
    if (refusal !== undefined) return { refusal };
    const inserted = await trx
      .insertInto("signInAttempt")
      .values({ email: attempt.email, ip: attempt.ip, succeeded: false, userId: null, attemptedAt: attempt.at })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { attemptId: Number(inserted.id), failures };
  });
}

/** The outcome of an admitted attempt, once its password was checked. */
export async function settleSignInAttempt(db: Executor, attemptId: number, outcome: { succeeded: boolean; userId: string | null }): Promise<void> {
  await db.updateTable("signInAttempt").set(outcome).where("id", "=", attemptId).execute();
}
