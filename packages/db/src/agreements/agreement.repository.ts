import type { OrganisationKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type {
  AgreementPartyRow,
  DialogueMeetingRow,
  FundingCommitmentRow,
  NewAgreementParty,
  NewFundingCommitment,
  NewObligation,
  NewPartnershipAgreement,
  NewReportingRequirement,
  ObligationRow,
  PartnershipAgreementRow,
  ReportingRequirementRow,
} from "./agreement.table.js";

/** An agreement with everything that only exists inside it. */
export interface AgreementDetails {
  agreement: PartnershipAgreementRow;
  parties: (AgreementPartyRow & { organisationName: string; organisationKind: OrganisationKind })[];
  obligations: (ObligationRow & { measureIds: string[] })[];
  fundingCommitments: FundingCommitmentRow[];
  reportingRequirements: ReportingRequirementRow[];
  dialogueMeetings: DialogueMeetingRow[];
}

/** All agreements a county holds, newest period first. */
export async function listAgreementsByCounty(db: Executor, countyId: string): Promise<PartnershipAgreementRow[]> {
  return db
    .selectFrom("partnershipAgreement")
    .selectAll()
    .where("countyId", "=", countyId)
    .orderBy("periodStart", "desc")
    .orderBy("title")
    .execute();
}

/** Agreements an organisation (council or municipality) is a party to. */
export async function listAgreementsOfParty(db: Executor, organisationId: string): Promise<PartnershipAgreementRow[]> {
  return db
    .selectFrom("partnershipAgreement")
    .selectAll()
    .where("id", "in", (eb) =>
      eb.selectFrom("agreementParty").select("agreementId").where("organisationId", "=", organisationId),
    )
    .orderBy("periodStart", "desc")
    .orderBy("title")
    .execute();
}

export async function findAgreementById(db: Executor, id: string): Promise<PartnershipAgreementRow | undefined> {
  return db.selectFrom("partnershipAgreement").selectAll().where("id", "=", id).executeTakeFirst();
}

/** One agreement and its parts in six queries, whatever their number. */
export async function findAgreementDetails(db: Executor, id: string): Promise<AgreementDetails | undefined> {
  const agreement = await findAgreementById(db, id);
  if (!agreement) return undefined;
  const [parties, obligations, fundingCommitments, reportingRequirements, dialogueMeetings] = await Promise.all([
    db
      .selectFrom("agreementParty")
      .innerJoin("organisation", "organisation.id", "agreementParty.organisationId")
      .selectAll("agreementParty")
      .select(["organisation.name as organisationName", "organisation.kind as organisationKind"])
      .where("agreementParty.agreementId", "=", id)
      .orderBy("organisation.name")
      .execute(),
    db
      .selectFrom("obligation")
      .selectAll("obligation")
      .select((eb) =>
        eb.fn
          .coalesce(
            eb
              .selectFrom("measureObligation")
              .select((sub) => sub.fn.agg<string[]>("array_agg", ["measureObligation.measureId"]).as("ids"))
              .whereRef("measureObligation.obligationId", "=", "obligation.id"),
            eb.val<string[]>([]),
          )
          .as("measureIds"),
      )
      .where("agreementId", "=", id)
      .orderBy("position")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("fundingCommitment")
      .selectAll()
      .where("agreementId", "=", id)
      .orderBy("year")
      .orderBy("source")
      .execute(),
    db.selectFrom("reportingRequirement").selectAll().where("agreementId", "=", id).orderBy("dueDate").execute(),
    db.selectFrom("dialogueMeeting").selectAll().where("agreementId", "=", id).orderBy("heldOn").execute(),
  ]);
  return { agreement, parties, obligations, fundingCommitments, reportingRequirements, dialogueMeetings };
}

/** The reporting requirements of the county's agreements, by agreement and due date. One query. */
export async function listRequirementsOfCounty(db: Executor, countyId: string): Promise<ReportingRequirementRow[]> {
  return db
    .selectFrom("reportingRequirement")
    .innerJoin("partnershipAgreement", "partnershipAgreement.id", "reportingRequirement.agreementId")
    .selectAll("reportingRequirement")
    .where("partnershipAgreement.countyId", "=", countyId)
    .orderBy("reportingRequirement.agreementId")
    .orderBy("reportingRequirement.dueDate")
    .execute();
}

export async function insertAgreement(db: Executor, values: NewPartnershipAgreement): Promise<PartnershipAgreementRow> {
  return db.insertInto("partnershipAgreement").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertAgreementParty(db: Executor, values: NewAgreementParty): Promise<AgreementPartyRow> {
  return db.insertInto("agreementParty").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertObligation(db: Executor, values: NewObligation): Promise<ObligationRow> {
  return db.insertInto("obligation").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertFundingCommitment(
  db: Executor,
  values: NewFundingCommitment,
): Promise<FundingCommitmentRow> {
  return db.insertInto("fundingCommitment").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertReportingRequirement(
  db: Executor,
  values: NewReportingRequirement,
): Promise<ReportingRequirementRow> {
  return db.insertInto("reportingRequirement").values(values).returningAll().executeTakeFirstOrThrow();
}
