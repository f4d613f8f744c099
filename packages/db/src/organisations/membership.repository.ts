import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
import { validOn } from "../shared/validity.js";
import type { MembershipRow, NewMembership } from "./membership.table.js";
import type { OrganisationRow } from "./organisation.table.js";

export type MembershipWithMunicipality = MembershipRow & {
  municipalityName: string;
  municipalityCode: string | null;
};

/** The members of a council on a date, by municipality name. */
export async function listMembershipsOfCouncil(
  db: Executor,
  councilId: string,
  on: string,
): Promise<MembershipWithMunicipality[]> {
  return db
    .selectFrom("membership")
    .innerJoin("organisation as municipality", "municipality.id", "membership.municipalityId")
    .selectAll("membership")
    .select(["municipality.name as municipalityName", "municipality.code as municipalityCode"])
    .where("membership.councilId", "=", councilId)
    .where(validOn(on, "membership"))
    .orderBy("municipality.name")
    .orderBy("membership.id")
    .execute();
}

/** The councils a municipality belongs to on a date (usually one, sometimes more). */
export async function listCouncilsOfMunicipality(
  db: Executor,
  municipalityId: string,
  on: string,
): Promise<OrganisationRow[]> {
  return db
    .selectFrom("organisation")
    .innerJoin("membership", "membership.councilId", "organisation.id")
    .selectAll("organisation")
    .where("membership.municipalityId", "=", municipalityId)
    .where(validOn(on, "membership"))
    .orderBy("organisation.name")
    .orderBy("organisation.id")
    .execute();
}

/** The whole membership history of a council, for the admin view of joins and leaves. */
export async function listMembershipHistoryOfCouncil(db: Executor, councilId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom("membership")
    .selectAll()
    .where("councilId", "=", councilId)
    .orderBy("validFrom")
    .orderBy("id")
    .execute();
}

export async function insertMembership(db: Executor, values: NewMembership): Promise<MembershipRow> {
  return db.insertInto("membership").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findMembershipById(db: Executor, id: string): Promise<MembershipRow | undefined> {
  return db.selectFrom("membership").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every period one municipality has been a member of one council, to check a new one against. */
export async function listMembershipsOfPair(
  db: Executor,
  pair: { councilId: string; municipalityId: string },
): Promise<MembershipRow[]> {
  return db
    .selectFrom("membership")
    .selectAll()
    .where("councilId", "=", pair.councilId)
    .where("municipalityId", "=", pair.municipalityId)
    .orderBy("validFrom")
    .execute();
}

export interface MembershipPageFilter extends PageInput {
  councilId: string;
  /** Members on this ISO date; without it, the whole history, oldest first. */
  on?: string | undefined;
}

/** A page of a council's memberships with the municipality's name and code. */
export async function pageMembershipsOfCouncil(
  db: Executor,
  filter: MembershipPageFilter,
): Promise<Page<MembershipWithMunicipality>> {
  let query = db
    .selectFrom("membership")
    .innerJoin("organisation as municipality", "municipality.id", "membership.municipalityId")
    .where("membership.councilId", "=", filter.councilId);
  if (filter.on !== undefined) query = query.where(validOn(filter.on, "membership"));
  const { limit, offset } = pageBounds(filter);
  const [items, count] = await Promise.all([
    query
      .selectAll("membership")
      .select(["municipality.name as municipalityName", "municipality.code as municipalityCode"])
      .orderBy(filter.on === undefined ? "membership.validFrom" : "municipality.name")
      .orderBy("membership.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
