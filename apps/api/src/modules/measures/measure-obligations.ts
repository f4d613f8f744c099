import { listObligationsOfMeasure, listPartyPlacesOfAgreements, type Executor, type LinkedObligation } from "@samspill/db";
import { can, storedCounterparts, type Actor } from "@samspill/domain";

/**
 * The agreement obligations a measure fulfils, only those whose agreement the actor may read:
 * a published measure is public, but the county's agreements are not. Two queries, however
 * many agreements the measure serves.
 */
export async function visibleObligations(db: Executor, actor: Actor, measureId: string): Promise<LinkedObligation[]> {
  const obligations = await listObligationsOfMeasure(db, measureId);
  const agreementIds = [...new Set(obligations.map((obligation) => obligation.agreementId))];
  const parties = await listPartyPlacesOfAgreements(db, agreementIds);
  const readable = new Set<string>();
  for (const agreementId of agreementIds) {
    const countyId = obligations.find((obligation) => obligation.agreementId === agreementId)?.countyId ?? null;
    const ofAgreement = parties.filter((party) => party.agreementId === agreementId);
    const resource = { kind: "agreement" as const, countyId, ...storedCounterparts(ofAgreement) };
    if (can(actor, "read_agreement", resource).allowed) readable.add(agreementId);
  }
  return obligations.filter((obligation) => readable.has(obligation.agreementId));
}
