import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// A partnership agreement and the parts that only exist inside it.

export type PartnershipAgreementTable = Database["partnershipAgreement"];
export type PartnershipAgreementRow = Selectable<PartnershipAgreementTable>;
export type NewPartnershipAgreement = Insertable<PartnershipAgreementTable>;
export type PartnershipAgreementUpdate = Updateable<PartnershipAgreementTable>;

export type AgreementPartyTable = Database["agreementParty"];
export type AgreementPartyRow = Selectable<AgreementPartyTable>;
export type NewAgreementParty = Insertable<AgreementPartyTable>;
export type AgreementPartyUpdate = Updateable<AgreementPartyTable>;

export type ObligationTable = Database["obligation"];
export type ObligationRow = Selectable<ObligationTable>;
export type NewObligation = Insertable<ObligationTable>;
export type ObligationUpdate = Updateable<ObligationTable>;

export type FundingCommitmentTable = Database["fundingCommitment"];
export type FundingCommitmentRow = Selectable<FundingCommitmentTable>;
export type NewFundingCommitment = Insertable<FundingCommitmentTable>;
export type FundingCommitmentUpdate = Updateable<FundingCommitmentTable>;

export type ReportingRequirementTable = Database["reportingRequirement"];
export type ReportingRequirementRow = Selectable<ReportingRequirementTable>;
export type NewReportingRequirement = Insertable<ReportingRequirementTable>;
export type ReportingRequirementUpdate = Updateable<ReportingRequirementTable>;

export type DialogueMeetingTable = Database["dialogueMeeting"];
export type DialogueMeetingRow = Selectable<DialogueMeetingTable>;
export type NewDialogueMeeting = Insertable<DialogueMeetingTable>;
export type DialogueMeetingUpdate = Updateable<DialogueMeetingTable>;
