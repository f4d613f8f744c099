import type { Executor } from "../../shared/executor.js";
import { insertMembership } from "../../organisations/membership.repository.js";
import type { MembershipRow } from "../../organisations/membership.table.js";
import { insertOrganisation } from "../../organisations/organisation.repository.js";
import type { NewOrganisation, OrganisationRow } from "../../organisations/organisation.table.js";
import { uniqueName } from "./unique.js";

/**
 * A valid organisation: a Norwegian municipality without an official code unless one is
 * given (codes are unique per period, so a default code would make tests collide).
 */
export async function createOrganisation(
  db: Executor,
  overrides: Partial<NewOrganisation> = {},
): Promise<OrganisationRow> {
  const country = overrides.country ?? "NO";
  const kind = overrides.kind ?? "municipality";
  return insertOrganisation(db, {
    kind,
    country,
    name: uniqueName(kind),
    languageForm: country === "SE" ? "sv" : "nb",
    ...overrides,
  });
}

export interface CouncilWithMembers {
  county: OrganisationRow;
  council: OrganisationRow;
  municipalities: OrganisationRow[];
  memberships: MembershipRow[];
}

/** A county, a regional council in it, and member municipalities from `validFrom`. */
export async function createCouncilWithMembers(
  db: Executor,
  options: { memberCount?: number; country?: "NO" | "SE"; validFrom?: string } = {},
): Promise<CouncilWithMembers> {
  const country = options.country ?? "NO";
  const validFrom = options.validFrom ?? "2020-01-01";
  const county = await createOrganisation(db, { kind: "county", country });
  const council = await createOrganisation(db, { kind: "regional_council", country, countyId: county.id });
  const municipalities: OrganisationRow[] = [];
  const memberships: MembershipRow[] = [];
  for (let index = 0; index < (options.memberCount ?? 2); index += 1) {
    const municipality = await createOrganisation(db, { kind: "municipality", country, countyId: county.id });
    municipalities.push(municipality);
    memberships.push(
      await insertMembership(db, { councilId: council.id, municipalityId: municipality.id, validFrom }),
    );
  }
  return { county, council, municipalities, memberships };
}
