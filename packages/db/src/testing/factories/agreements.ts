import type { Executor } from "../../shared/executor.js";
import { insertAgreement, insertAgreementParty } from "../../agreements/agreement.repository.js";
import type {
  AgreementPartyRow,
  NewPartnershipAgreement,
  PartnershipAgreementRow,
} from "../../agreements/agreement.table.js";
import { createOrganisation } from "./organisations.js";
import { uniqueName } from "./unique.js";

export interface CreatedAgreement {
  agreement: PartnershipAgreementRow;
  parties: AgreementPartyRow[];
}

/**
 * An active agreement 2024–2027 between a county and its parties (the county itself plus
 * `partyIds`, or a new council); makes the county when not given.
 */
export async function createAgreement(
  db: Executor,
  overrides: Partial<NewPartnershipAgreement> & { partyIds?: string[] } = {},
): Promise<CreatedAgreement> {
  const { partyIds, ...values } = overrides;
  const countyId = values.countyId ?? (await createOrganisation(db, { kind: "county" })).id;
  const agreement = await insertAgreement(db, {
    title: uniqueName("Partnership agreement"),
    status: "active",
    periodStart: "2024-01-01",
    periodEnd: "2027-12-31",
    ...values,
    countyId,
  });
  const others = partyIds ?? [(await createOrganisation(db, { kind: "regional_council", countyId })).id];
  const parties: AgreementPartyRow[] = [];
  for (const organisationId of [countyId, ...others]) {
    parties.push(await insertAgreementParty(db, { agreementId: agreement.id, organisationId }));
  }
  return { agreement, parties };
}
