import type { MembershipRow, OrganisationRow } from "@samspill/db";

/** What the API tells about an organisation: the public register facts and the version to edit. */
export function organisationView(row: OrganisationRow) {
  return {
    id: row.id,
    kind: row.kind,
    country: row.country,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    languageForm: row.languageForm,
    countyId: row.countyId,
    slug: row.slug,
    description: row.description,
    website: row.website,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}

export function membershipView(row: MembershipRow) {
  return {
    id: row.id,
    councilId: row.councilId,
    municipalityId: row.municipalityId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}
