import { listCouncilsOfMunicipality, listOrganisationsInCounty, type Executor, type ScopeRows, type UserRow } from "@samspill/db";
import type { UserActor } from "@samspill/domain";

/**
 * The organisations a signed-in user acts for, from their role and organisation only — never
 * from request input. Memberships count as of today.
 */
export async function buildActor(db: Executor, user: UserRow, today: string): Promise<UserActor> {
  switch (user.role) {
    case "municipality_contributor": {
      const councils = await listCouncilsOfMunicipality(db, user.organisationId, today);
      return actorOf(user, { memberCouncilIds: councils.map((council) => council.id), countyCouncilIds: [], countyMunicipalityIds: [] });
    }
    case "county_official": {
      const inCounty = await listOrganisationsInCounty(db, user.organisationId, { on: today });
      const idsOf = (kind: string) => inCounty.filter((org) => org.kind === kind).map((org) => org.id);
      return actorOf(user, { memberCouncilIds: [], countyCouncilIds: idsOf("regional_council"), countyMunicipalityIds: idsOf("municipality") });
    }
    default:
      return actorOf(user, { memberCouncilIds: [], countyCouncilIds: [], countyMunicipalityIds: [] });
  }
}

/** The actor from organisations already looked up (a resumed session brings them along). */
export function actorOf(user: UserRow, rows: ScopeRows): UserActor {
  const base = { userId: user.id, role: user.role, organisationId: user.organisationId };
  switch (user.role) {
    case "secretariat":
    case "council_member":
      return { ...base, scope: { councilIds: [user.organisationId], municipalityIds: [], countyIds: [] } };
    case "municipality_contributor":
      return { ...base, scope: { councilIds: rows.memberCouncilIds, municipalityIds: [user.organisationId], countyIds: [] } };
    case "county_official":
      return { ...base, scope: { councilIds: rows.countyCouncilIds, municipalityIds: rows.countyMunicipalityIds, countyIds: [user.organisationId] } };
    case "admin":
      return { ...base, scope: { councilIds: [], municipalityIds: [], countyIds: [] } };
  }
}
