import type { Executor } from "../shared/executor.js";
import type { NewUser, UserRow } from "./user.table.js";

/** E-mail addresses are stored lower-case (a check constraint); lookups follow suit. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("appUser").selectAll().where("email", "=", normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("appUser").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listUsersOfOrganisation(db: Executor, organisationId: string): Promise<UserRow[]> {
  return db.selectFrom("appUser").selectAll().where("organisationId", "=", organisationId).orderBy("name").execute();
}

export async function insertUser(db: Executor, values: NewUser): Promise<UserRow> {
  return db
    .insertInto("appUser")
    .values({ ...values, email: normaliseEmail(values.email) })
    .returningAll()
    .executeTakeFirstOrThrow();
}
