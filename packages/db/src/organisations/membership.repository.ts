import type { Executor } from "../shared/executor.js";
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
