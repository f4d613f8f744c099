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
