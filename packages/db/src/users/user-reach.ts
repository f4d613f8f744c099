import type { ExpressionBuilder } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { OrganisationKind } from "@samspill/domain";
import type { Database } from "../client/database.js";
import type { Executor } from "../shared/executor.js";
import { validOn } from "../shared/validity.js";
import type { UserRow } from "./user.table.js";

/**
 * The organisations a user reaches through their own on a day, for their actor's scope: a
 * municipality's contributor the councils it is a member of, a county official the councils and
 * municipalities of the county. Empty for the other roles, whose scope is their organisation.
 */
export interface UserReach {
  councilsOfMunicipality: Array<{ id: string }>;
  organisationsInCounty: Array<{ id: string; kind: OrganisationKind }>;
}

/**
 * The reach of the `app_user` row of the surrounding query, as two columns: it rides along
 * with the session look-up, so a signed-in request learns who it is in one statement. Each
 * subquery runs only for the role that needs it.
 */
export function reachOfUser(eb: ExpressionBuilder<Database, "appUser">, on: string) {
  return [
    jsonArrayFrom(
      eb.selectFrom("membership")
        .innerJoin("organisation", "organisation.id", "membership.councilId")
        .select("organisation.id")
        .where("appUser.role", "=", "municipality_contributor")
        .whereRef("membership.municipalityId", "=", "appUser.organisationId")
        .where(validOn(on, "membership"))
        .orderBy("organisation.name")
        .orderBy("organisation.id"),
    ).as("councilsOfMunicipality"),
    jsonArrayFrom(
      eb.selectFrom("organisation")
        .select(["organisation.id", "organisation.kind"])
        .where("appUser.role", "=", "county_official")
        .whereRef("organisation.countyId", "=", "appUser.organisationId")
        .where(validOn(on, "organisation"))
        .orderBy("organisation.name")
        .orderBy("organisation.id"),
    ).as("organisationsInCounty"),
  ] as const;
}

/** The reach of one user on a day, for a request that has the user but no session yet (sign-in). */
export async function findUserReach(db: Executor, user: Pick<UserRow, "id">, on: string): Promise<UserReach> {
  return db
    .selectFrom("appUser")
    .select((eb) => reachOfUser(eb, on))
    .where("appUser.id", "=", user.id)
    .executeTakeFirstOrThrow();
}
