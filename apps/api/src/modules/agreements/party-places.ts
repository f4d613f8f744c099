import { listOrganisationPlaces, type Executor } from "@samspill/db";
import { DomainError, type PartyPlace } from "@samspill/domain";

/** The organisations named as parties, as the party rules see them; INVALID_INPUT for unknown ones. */
export async function partyPlacesOf(db: Executor, organisationIds: readonly string[]): Promise<PartyPlace[]> {
  if (new Set(organisationIds).size !== organisationIds.length) {
    throw new DomainError("INVALID_INPUT", { reason: "duplicate_party" });
  }
  const rows = await listOrganisationPlaces(db, organisationIds);
  return organisationIds.map((id) => {
    const row = rows.find((candidate) => candidate.id === id);
    if (!row) throw new DomainError("INVALID_INPUT", { reason: "unknown_party", params: { organisationId: id } });
    return { organisationId: row.id, kind: row.kind, countyId: row.countyId };
  });
}

/** The county named by an agreement must be a county. */
export function assertCounty(places: readonly PartyPlace[], countyId: string): void {
  const county = places.find((place) => place.organisationId === countyId);
  if (county?.kind !== "county") throw new DomainError("INVALID_INPUT", { reason: "not_a_county", params: { countyId } });
}

/** An obligation is always one party's: the organisation must be a party of the agreement. */
export function assertIsParty(parties: readonly { organisationId: string }[], organisationId: string): void {
  if (parties.some((party) => party.organisationId === organisationId)) return;
  throw new DomainError("INVALID_INPUT", { reason: "not_a_party", params: { organisationId } });
}
