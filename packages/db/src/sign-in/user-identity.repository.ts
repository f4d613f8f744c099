import type { Executor } from "../shared/executor.js";
import type { UserRow } from "../users/user.table.js";
import type { UserIdentityRow } from "./identity-provider.table.js";

/** The user an identity provider's (issuer, subject) pair belongs to. */
export async function findUserByIdentity(db: Executor, issuer: string, subject: string): Promise<UserRow | undefined> {
  return db
    .selectFrom("userIdentity")
    .innerJoin("appUser", "appUser.id", "userIdentity.userId")
    .selectAll("appUser")
    .where("userIdentity.issuer", "=", issuer)
    .where("userIdentity.subject", "=", subject)
    .executeTakeFirst();
}

export async function listIdentitiesOfUser(db: Executor, userId: string): Promise<UserIdentityRow[]> {
  return db.selectFrom("userIdentity").selectAll().where("userId", "=", userId).orderBy("issuer").orderBy("subject").execute();
}

export async function findUserIdentity(db: Executor, id: string): Promise<UserIdentityRow | undefined> {
  return db.selectFrom("userIdentity").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertUserIdentity(db: Executor, values: { userId: string; issuer: string; subject: string }): Promise<UserIdentityRow> {
  return db.insertInto("userIdentity").values(values).returningAll().executeTakeFirstOrThrow();
}

/** Unlinks an identity only at the version the caller read; false when it moved or is gone. */
export async function deleteUserIdentity(db: Executor, id: string, version: number): Promise<boolean> {
  const deleted = await db.deleteFrom("userIdentity").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}
