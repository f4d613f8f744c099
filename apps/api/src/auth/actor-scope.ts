import { findUserReach, type Executor, type UserReach, type UserRow } from "@samspill/db";
import type { UserActor } from "@samspill/domain";

const NO_REACH: UserReach = { councilsOfMunicipality: [], organisationsInCounty: [] };

/**
 * The organisations a signed-in user acts for, from their role and organisation only — never
 * from request input. Memberships count as of today. A request reads the reach with its session
 * (`findOpenSession`); sign-in reads it here, only for the roles that have one.
 */
export async function buildActor(db: Executor, user: UserRow, today: string): Promise<UserActor> {
  const reaches = user.role === "municipality_contributor" || user.role === "county_official";
  return actorOf(user, reaches ? await findUserReach(db, user, today) : NO_REACH);
}

/** The actor of a user whose reach is known. */
export function actorOf(user: UserRow, reach: UserReach): UserActor {
  const base = { userId: user.id, role: user.role, organisationId: user.organisationId };
  switch (user.role) {
    case "secretariat":
    case "council_member":
      return { ...base, scope: { councilIds: [user.organisationId], municipalityIds: [], countyIds: [] } };
    case "municipality_contributor":
      return {
        ...base,
        scope: { councilIds: reach.councilsOfMunicipality.map((council) => council.id), municipalityIds: [user.organisationId], countyIds: [] },
      };
    case "county_official": {
      const inCounty = reach.organisationsInCounty;
      return {
        ...base,
        scope: {
          councilIds: inCounty.filter((org) => org.kind === "regional_council").map((org) => org.id),
          municipalityIds: inCounty.filter((org) => org.kind === "municipality").map((org) => org.id),
          countyIds: [user.organisationId],
        },
      };
    }
    case "admin":
      return { ...base, scope: { councilIds: [], municipalityIds: [], countyIds: [] } };
  }
}
