import { listCouncilsOfMunicipality, listOrganisationsInCounty, type Executor, type UserRow } from "@samspill/db";
import type { UserActor } from "@samspill/domain";

/**
 * The organisations a signed-in user acts for, from their role and organisation only — never
 * from request input. Memberships count as of today.
 */
export async function buildActor(db: Executor, user: UserRow, today: string): Promise<UserActor> {
  const base = { userId: user.id, role: user.role, organisationId: user.organisationId };
  switch (user.role) {
    case "secretariat":
    case "council_member":
      return { ...base, scope: { councilIds: [user.organisationId], municipalityIds: [], countyIds: [] } };
    case "municipality_contributor": {
      const councils = await listCouncilsOfMunicipality(db, user.organisationId, today);
      return {
        ...base,
        scope: { councilIds: councils.map((council) => council.id), municipalityIds: [user.organisationId], countyIds: [] },
      };
    }
    case "county_official": {
      const inCounty = await listOrganisationsInCounty(db, user.organisationId, { on: today });
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
