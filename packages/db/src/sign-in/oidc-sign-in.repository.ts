import type { Executor } from "../shared/executor.js";
import type { OidcPendingSignInRow, OidcSessionRow } from "./identity-provider.table.js";

/** Keeps a sign-in in flight; the expired ones are cleared on the way, so abandoned starts never pile up. */
export async function insertPendingSignIn(db: Executor, values: OidcPendingSignInRow, now: Date): Promise<void> {
  await db.deleteFrom("oidcPendingSignIn").where("expiresAt", "<", now).execute();
  await db.insertInto("oidcPendingSignIn").values(values).execute();
}

/**
 * Takes a pending sign-in once: the row is deleted as it is read, so a `state` is never
 * accepted twice. Expired rows, this one's and others', are cleared on the way.
 */
export async function takePendingSignIn(db: Executor, stateHash: string, now: Date): Promise<OidcPendingSignInRow | undefined> {
  const taken = await db.deleteFrom("oidcPendingSignIn").where("stateHash", "=", stateHash).returningAll().executeTakeFirst();
  await db.deleteFrom("oidcPendingSignIn").where("expiresAt", "<", now).execute();
  return taken && taken.expiresAt.getTime() > now.getTime() ? taken : undefined;
}

export async function insertOidcSession(db: Executor, values: OidcSessionRow): Promise<void> {
  await db.insertInto("oidcSession").values(values).execute();
}

export async function findOidcSession(db: Executor, sessionId: string): Promise<OidcSessionRow | undefined> {
  return db.selectFrom("oidcSession").selectAll().where("sessionId", "=", sessionId).executeTakeFirst();
}
