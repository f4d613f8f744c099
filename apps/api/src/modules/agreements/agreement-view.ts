import type {
  AgreementPartyRow, DialogueMeetingRow, FundingCommitmentRow, ObligationRow, PartnershipAgreementRow, ReportingRequirementRow,
} from "@samspill/db";
import { reportingRequirementState, type IsoDate } from "@samspill/domain";

// The shapes the client reads: plain JSON, money as { amountMinor, currency }.

export function agreementView(row: PartnershipAgreementRow) {
  return {
    id: row.id,
    countyId: row.countyId,
    title: row.title,
    description: row.description,
    status: row.status,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    caseNumber: row.caseNumber,
    version: row.version,
  };
}

export function partyView(row: AgreementPartyRow) {
  return {
    id: row.id,
    agreementId: row.agreementId,
    organisationId: row.organisationId,
    signatoryName: row.signatoryName,
    signatoryTitle: row.signatoryTitle,
    signedOn: row.signedOn,
    version: row.version,
  };
}

export function obligationView(row: ObligationRow) {
  return {
    id: row.id,
    agreementId: row.agreementId,
    partyId: row.partyId,
    title: row.title,
    description: row.description,
    position: row.position,
    version: row.version,
  };
}

export function fundingView(row: FundingCommitmentRow) {
  return {
    id: row.id,
    agreementId: row.agreementId,
    year: row.year,
    source: row.source,
    sourceName: row.sourceName,
    amount: { amountMinor: row.amountMinor, currency: row.currency },
    version: row.version,
  };
}

export function requirementView(row: ReportingRequirementRow, today: IsoDate) {
  return {
    id: row.id,
    agreementId: row.agreementId,
    title: row.title,
    description: row.description,
    dueDate: row.dueDate,
    fulfilledOn: row.fulfilledOn,
    state: reportingRequirementState(row, today),
    version: row.version,
  };
}

export function dialogueMeetingView(row: DialogueMeetingRow) {
  return { id: row.id, agreementId: row.agreementId, heldOn: row.heldOn, title: row.title, summary: row.summary, version: row.version };
}
