import type { Role } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { likePattern, pageBounds, type Page, type PageInput } from "../shared/paging.js";
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

export interface UserFilter extends PageInput {
  organisationId?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  /** Matches name or e-mail, case-insensitively. */
  search?: string | undefined;
}

export type UserWithOrganisation = UserRow & { organisationName: string };

/** A page of users by name with their organisation's name, for the admin's user list. */
export async function listUsers(db: Executor, filter: UserFilter = {}): Promise<Page<UserWithOrganisation>> {
  let query = db.selectFrom("appUser").innerJoin("organisation", "organisation.id", "appUser.organisationId");
  if (filter.organisationId) query = query.where("appUser.organisationId", "=", filter.organisationId);
  if (filter.role) query = query.where("appUser.role", "=", filter.role);
  if (filter.active !== undefined) query = query.where("appUser.active", "=", filter.active);
  const search = filter.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    query = query.where((eb) => eb.or([eb("appUser.name", "ilike", pattern), eb("appUser.email", "ilike", pattern)]));
  }
  const { limit, offset } = pageBounds(filter);
  const [items, count] = await Promise.all([
    query
      .selectAll("appUser")
      .select("organisation.name as organisationName")
      .orderBy("appUser.name")
      .orderBy("appUser.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
