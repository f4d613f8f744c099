import { z } from "zod";
import { isWithinRange, orderedRange, rangesOverlap } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { IdSchema, IsoDateSchema, VersionSchema } from "../shared/primitives";

// Membership is dated because councils change: municipalities join and leave, and county
// reforms (Viken split in 2024) move them between councils.

const membershipFields = {
  councilId: IdSchema,
  municipalityId: IdSchema,
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
};

export const MembershipSchema = z
  .strictObject({ id: IdSchema, ...membershipFields, version: VersionSchema })
  .superRefine(orderedRange("validFrom", "validTo"));
export type Membership = z.infer<typeof MembershipSchema>;

export const CreateMembershipInputSchema = z
  .strictObject({ ...membershipFields, validTo: membershipFields.validTo.default(null) })
  .superRefine(orderedRange("validFrom", "validTo"));
export type CreateMembershipInput = z.infer<typeof CreateMembershipInputSchema>;

/** Ending a membership is the usual update; the council and municipality never change. */
export const UpdateMembershipInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    validFrom: membershipFields.validFrom.optional(),
    validTo: membershipFields.validTo.optional(),
  })
  .superRefine(orderedRange("validFrom", "validTo"));
export type UpdateMembershipInput = z.infer<typeof UpdateMembershipInputSchema>;

type MembershipPeriod = Pick<Membership, "councilId" | "municipalityId" | "validFrom" | "validTo"> & { id?: string };

/** Both ends are inclusive: `validTo` is the last day of membership. */
export function isMembershipActive(membership: MembershipPeriod, onDate: string): boolean {
  return isWithinRange(membership, onDate);
}

/** The municipality ids that are members on the date, each once. */
export function activeMembers(memberships: readonly MembershipPeriod[], onDate: string): string[] {
  const ids = memberships.filter((m) => isMembershipActive(m, onDate)).map((m) => m.municipalityId);
  return [...new Set(ids)];
}

/** An existing membership of the same municipality in the same council that overlaps the candidate. */
export function findMembershipOverlap<T extends MembershipPeriod>(
  existing: readonly T[],
  candidate: MembershipPeriod,
): T | undefined {
  return existing.find(
    (other) =>
      (candidate.id === undefined || other.id !== candidate.id) &&
      other.councilId === candidate.councilId &&
      other.municipalityId === candidate.municipalityId &&
      rangesOverlap(other, candidate),
  );
}

export function assertNoMembershipOverlap(existing: readonly MembershipPeriod[], candidate: MembershipPeriod): void {
  const overlap = findMembershipOverlap(existing, candidate);
  if (!overlap) return;
  throw new DomainError("CONFLICT", {
    reason: "membership_overlap",
    params: { councilId: candidate.councilId, municipalityId: candidate.municipalityId, overlappingId: overlap.id ?? null },
  });
}

/** A municipality to offer where a council's work is filtered by municipality. */
export interface MemberOption {
  municipalityId: string;
  /** A member on the date; otherwise the span of its former membership labels it. */
  current: boolean;
  /** First and last day of membership over all its periods; null for a municipality that never was a member. */
  membership: { validFrom: string; validTo: string | null } | null;
}

/**
 * The municipalities of a council's filter, each once: its members on the date, and former
 * members (or others) only where they have data (`withData`), so a merged or departed
 * municipality stays reachable for the history it left without crowding the list.
 */
export function memberOptions(memberships: readonly MembershipPeriod[], withData: readonly string[], onDate: string): MemberOption[] {
  const byMunicipality = new Map<string, MembershipPeriod[]>();
  for (const membership of memberships) {
    byMunicipality.set(membership.municipalityId, [...(byMunicipality.get(membership.municipalityId) ?? []), membership]);
  }
  const options: MemberOption[] = [];
  for (const [municipalityId, periods] of byMunicipality) {
    const current = periods.some((period) => isMembershipActive(period, onDate));
    if (!current && !withData.includes(municipalityId)) continue;
    const validFrom = periods.map((period) => period.validFrom).sort()[0] ?? onDate;
    const ends = periods.flatMap((period) => (period.validTo === null ? [] : [period.validTo])).sort();
    const validTo = ends.length < periods.length ? null : (ends.at(-1) ?? null);
    options.push({ municipalityId, current, membership: { validFrom, validTo } });
  }
  for (const municipalityId of new Set(withData)) {
    if (!byMunicipality.has(municipalityId)) options.push({ municipalityId, current: false, membership: null });
  }
  return options;
}
