import { findAgreementById, listPartyPlaces, type Executor, type PartnershipAgreementRow, type PartyPlaceRow } from "@samspill/db";
import { DomainError, storedCounterparts, type Action, type Resource } from "@samspill/domain";
import { found } from "../../trpc/found.js";
export { found } from "../../trpc/found.js";

// Where an agreement sits for the permission rules: its county, and the council and the
// municipality it is held with. Secretariats, members and contributors reach it through
// those parties, county officials through the county.

export type Authorize = (resource: Resource, action?: Action) => void;

export interface AgreementPlace {
  agreement: PartnershipAgreementRow;
  parties: PartyPlaceRow[];
  resource: Resource;
}

export function agreementResource(countyId: string, parties: readonly Pick<PartyPlaceRow, "organisationId" | "kind">[]): Resource {
  return { kind: "agreement", countyId, ...storedCounterparts(parties) };
}

/** Loads an agreement with its parties and asks the permission rules; NOT_FOUND when it is not there. */
export async function authorizedAgreement(db: Executor, authorize: Authorize, agreementId: string): Promise<AgreementPlace> {
  const agreement = await findAgreementById(db, agreementId);
  if (!agreement) throw notFound("agreement");
  const parties = await listPartyPlaces(db, agreement.id);
  const resource = agreementResource(agreement.countyId, parties);
  authorize(resource);
  return { agreement, parties, resource };
}

/** A row that is not there (or not in reach) answers NOT_FOUND with its kind only. */
export function notFound(kind: string): DomainError {
  return new DomainError("NOT_FOUND", { params: { kind } });
}

/** A row inside an agreement (obligation, commitment, requirement, meeting, party) and its authorized agreement. */
export async function authorizedChild<T extends { agreementId: string }>(
  db: Executor,
  authorize: Authorize,
  row: T | undefined,
  kind: string,
): Promise<{ row: T } & AgreementPlace> {
  const child = found(row, kind);
  return { row: child, ...(await authorizedAgreement(db, authorize, child.agreementId)) };
}
