import { type DateRange, rangesOverlap } from "../shared/dates";
import type { Country, OrganisationKind } from "../shared/enums";
import { DomainError } from "../shared/errors";

// Official numbers: Norwegian fylkesnummer (2 digits) / kommunenummer (4 digits), Swedish
// länskod (2) / kommunkod (4). In both countries a municipality's first two digits are its
// county's code, which is how 3403 Hamar sits in 34 Innlandet and 0884 Vimmerby in 08 Kalmar.

export type OrganisationCodeProblem =
  | "code_required"
  | "code_not_applicable"
  | "county_code_format"
  | "municipality_code_format"
  | "unknown_county_code";

export interface OrganisationCodeCandidate {
  country: Country;
  kind: OrganisationKind;
  code: string | null | undefined;
  /** County codes valid in this country at the time; a municipality must sit in one of them. */
  countyCodes: readonly string[];
}

export type OrganisationCodeResult = { valid: true } | { valid: false; reason: OrganisationCodeProblem };

const COUNTY_CODE = /^(?!00)\d{2}$/;
const MUNICIPALITY_CODE = /^\d{4}$/;

export function validateOrganisationCode(candidate: OrganisationCodeCandidate): OrganisationCodeResult {
  const { kind, code, countyCodes } = candidate;
  const hasCode = code !== null && code !== undefined && code !== "";
  // Councils and partners have no official number of this kind; any 2- or 4-digit code they
  // carried would be mistaken for (and clash with) a county or municipality.
  if (kind === "regional_council" || kind === "partner") {
    return hasCode ? { valid: false, reason: "code_not_applicable" } : { valid: true };
  }
  if (!hasCode) return { valid: false, reason: "code_required" };
  if (kind === "county") {
    return COUNTY_CODE.test(code) ? { valid: true } : { valid: false, reason: "county_code_format" };
  }
  if (!MUNICIPALITY_CODE.test(code)) return { valid: false, reason: "municipality_code_format" };
  if (!countyCodes.includes(code.slice(0, 2))) return { valid: false, reason: "unknown_county_code" };
  return { valid: true };
}

export function assertValidOrganisationCode(candidate: OrganisationCodeCandidate): void {
  const result = validateOrganisationCode(candidate);
  if (result.valid) return;
  throw new DomainError("INVALID_INPUT", {
    reason: result.reason,
    params: { country: candidate.country, kind: candidate.kind, code: candidate.code ?? null },
  });
}

export interface CodedOrganisation extends DateRange {
  /** Absent for a candidate that is not saved yet. */
  id?: string;
  country: Country;
  code: string | null;
}

/**
 * The existing organisation that already holds the candidate's code in an overlapping period,
 * if any. The same number may be reused after a reform, and names may repeat, so only
 * country + code + period decides.
 */
export function findCodeClash<T extends CodedOrganisation>(
  existing: readonly T[],
  candidate: CodedOrganisation,
): T | undefined {
  if (candidate.code === null) return undefined;
  return existing.find(
    (other) =>
      (candidate.id === undefined || other.id !== candidate.id) &&
      other.country === candidate.country &&
      other.code === candidate.code &&
      rangesOverlap(other, candidate),
  );
}

export function assertNoCodeClash(existing: readonly CodedOrganisation[], candidate: CodedOrganisation): void {
  const clash = findCodeClash(existing, candidate);
  if (!clash) return;
  throw new DomainError("CONFLICT", {
    reason: "organisation_code_taken",
    params: { code: candidate.code, country: candidate.country, clashingId: clash.id ?? null },
  });
}
