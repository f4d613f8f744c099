import { findOrganisationById, listCountyCodes, listOrganisationsHoldingCode, type Executor } from "@samspill/db";
import {
  assertNoCodeClash, assertValidOrganisationCode, DomainError, type Country, type OrganisationKind,
} from "@samspill/domain";

export interface OrganisationCandidate {
  id?: string;
  kind: OrganisationKind;
  country: Country;
  code: string | null;
  countyId: string | null;
  validFrom: string;
  validTo: string | null;
}

/**
 * The checks a created or edited organisation must pass before it is saved: its code fits the
 * country's numbering and an existing county, its county is a county of the same country whose
 * code the municipality's number starts with, and no other organisation holds the code in an
 * overlapping period. The database's exclusion constraint backs the last one up.
 */
export async function assertOrganisationFits(trx: Executor, candidate: OrganisationCandidate): Promise<void> {
  const countyCodes =
    candidate.kind === "municipality"
      ? await listCountyCodes(trx, { country: candidate.country, validFrom: candidate.validFrom, validTo: candidate.validTo })
      : [];
  assertValidOrganisationCode({ country: candidate.country, kind: candidate.kind, code: candidate.code, countyCodes });
  await assertCountyFits(trx, candidate);
  if (candidate.code === null) return;
  const holders = await listOrganisationsHoldingCode(trx, { country: candidate.country, code: candidate.code });
  assertNoCodeClash(holders, { ...candidate, code: candidate.code });
}

async function assertCountyFits(trx: Executor, candidate: OrganisationCandidate): Promise<void> {
  if (candidate.countyId === null) return;
  if (candidate.kind === "county") throw new DomainError("INVALID_INPUT", { reason: "county_in_county", params: { field: "countyId" } });
  const county = await findOrganisationById(trx, candidate.countyId);
  if (!county || county.kind !== "county" || county.country !== candidate.country) {
    throw new DomainError("INVALID_INPUT", { reason: "not_a_county", params: { field: "countyId" } });
  }
  // 3403 Hamar lies in 34 Innlandet: a municipality's number names its county.
  if (candidate.kind === "municipality" && county.code && candidate.code && !candidate.code.startsWith(county.code)) {
    throw new DomainError("INVALID_INPUT", {
      reason: "code_outside_county",
      params: { field: "code", code: candidate.code, countyCode: county.code },
    });
  }
}
