import {
  insertDialogueMeeting, insertFundingCommitment, insertMeasureObligationLink, insertObligation, insertReportingRequirement,
} from "@samspill/db";
import { createAgreement, createMeasure, createProgramme, getTestDb } from "@samspill/db/testing";
import type { Resource } from "@samspill/domain";

// Test data for agreements, shared by the behaviour tests and the security cases: an agreement
// of a county with one counterpart (council or municipality), and rows inside it.

export interface AgreementFixture {
  agreementId: string;
  version: number;
  /** The agreement_party ids: the county's first, then the counterpart's. */
  partyRowIds: string[];
  counterpartId: string;
  resource: Resource;
}

export async function agreementWith(
  countyId: string,
  counterpart: { id: string; kind: "regional_council" | "municipality" },
  extraPartyIds: string[] = [],
): Promise<AgreementFixture> {
  const db = await getTestDb();
  const { agreement, parties } = await createAgreement(db, { countyId, partyIds: [counterpart.id, ...extraPartyIds] });
  return {
    agreementId: agreement.id,
    version: agreement.version,
    partyRowIds: parties.map((party) => party.id),
    counterpartId: counterpart.id,
    resource: {
      kind: "agreement",
      countyId,
      councilId: counterpart.kind === "regional_council" ? counterpart.id : null,
      municipalityId: counterpart.kind === "municipality" ? counterpart.id : null,
    },
  };
}

export async function obligationIn(fixture: AgreementFixture, title = "Koordinere utviklingsarbeidet") {
  return insertObligation(await getTestDb(), { agreementId: fixture.agreementId, partyId: fixture.counterpartId, title });
}

export async function fundingIn(fixture: AgreementFixture, year = 2024, amountMinor = 200_000_000) {
  return insertFundingCommitment(await getTestDb(), {
    agreementId: fixture.agreementId, year, source: "county_partnership_funds", amountMinor, currency: "NOK",
  });
}

export async function requirementIn(fixture: AgreementFixture, dueDate = "2025-03-01", fulfilledOn: string | null = null) {
  return insertReportingRequirement(await getTestDb(), { agreementId: fixture.agreementId, title: "Årsrapport", dueDate, fulfilledOn });
}

export async function dialogueMeetingIn(fixture: AgreementFixture) {
  return insertDialogueMeeting(await getTestDb(), { agreementId: fixture.agreementId, heldOn: "2024-10-17", title: "Dialogmøte" });
}

/** A measure in a programme of `ownerId`, optionally already fulfilling an obligation. */
export async function measureOf(ownerId: string, linkTo?: string) {
  const db = await getTestDb();
  const { programme } = await createProgramme(db, { ownerId, focusAreaCount: 0 });
  const measure = await createMeasure(db, { programmeId: programme.id, status: "in_progress", progress: 30 });
  if (linkTo) await insertMeasureObligationLink(db, linkTo, measure.id);
  return measure;
}
