import type { MeasureStatus, OrganisationKind, ProgrammeStatus } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type {
  AgreementPartyRow,
  DialogueMeetingRow,
  FundingCommitmentRow,
  NewDialogueMeeting,
  ObligationRow,
  ReportingRequirementRow,
} from "./agreement.table.js";

// Single rows inside an agreement, fetched by id so a mutation can find the agreement they
// belong to (and so who may change them) before touching them.

export async function findAgreementPartyById(db: Executor, id: string): Promise<AgreementPartyRow | undefined> {
  return db.selectFrom("agreementParty").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findObligationById(db: Executor, id: string): Promise<ObligationRow | undefined> {
  return db.selectFrom("obligation").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findFundingCommitmentById(db: Executor, id: string): Promise<FundingCommitmentRow | undefined> {
  return db.selectFrom("fundingCommitment").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findReportingRequirementById(db: Executor, id: string): Promise<ReportingRequirementRow | undefined> {
  return db.selectFrom("reportingRequirement").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findDialogueMeetingById(db: Executor, id: string): Promise<DialogueMeetingRow | undefined> {
  return db.selectFrom("dialogueMeeting").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertDialogueMeeting(db: Executor, values: NewDialogueMeeting): Promise<DialogueMeetingRow> {
  return db.insertInto("dialogueMeeting").values(values).returningAll().executeTakeFirstOrThrow();
}

/** Every commitment of an agreement (few: one per year and source). */
export async function listFundingCommitments(db: Executor, agreementId: string): Promise<FundingCommitmentRow[]> {
  return db.selectFrom("fundingCommitment").selectAll().where("agreementId", "=", agreementId).orderBy("year").orderBy("source").execute();
}

/** The parties of an agreement with what the permission rules and party rules need to know. */
export interface PartyPlaceRow extends AgreementPartyRow {
  kind: OrganisationKind;
  countyId: string | null;
  name: string;
}

export async function listPartyPlaces(db: Executor, agreementId: string): Promise<PartyPlaceRow[]> {
  return listPartyPlacesOfAgreements(db, [agreementId]);
}

/** The parties of several agreements at once (each row names its agreement). One query. */
export async function listPartyPlacesOfAgreements(db: Executor, agreementIds: readonly string[]): Promise<PartyPlaceRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom("agreementParty")
    .innerJoin("organisation", "organisation.id", "agreementParty.organisationId")
    .selectAll("agreementParty")
    .select(["organisation.kind", "organisation.countyId", "organisation.name"])
    .where("agreementParty.agreementId", "in", agreementIds)
    .execute();
}

export async function countObligationsOfParty(db: Executor, agreementId: string, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom("obligation")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("agreementId", "=", agreementId)
    .where("partyId", "=", organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Deletes rows whose version was just checked (and bumped) by updateWithVersion in the same transaction. */
export async function deleteAgreementRow(
  db: Executor,
  table: "agreementParty" | "obligation" | "fundingCommitment" | "reportingRequirement" | "dialogueMeeting",
  id: string,
): Promise<void> {
  await db.deleteFrom(table).where("id", "=", id).execute();
}

export interface LinkedMeasure {
  obligationId: string;
  measureId: string;
  title: string;
  status: MeasureStatus;
  progress: number;
  /** The version it was copied from by a revision, and the state of its programme. */
  predecessorId: string | null;
  programmeStatus: ProgrammeStatus;
}

/** The measures that fulfil some obligations, every version linked, in one query. */
export async function listMeasuresOfObligations(db: Executor, obligationIds: readonly string[]): Promise<LinkedMeasure[]> {
  if (obligationIds.length === 0) return [];
  return db
    .selectFrom("measureObligation")
    .innerJoin("measure", "measure.id", "measureObligation.measureId")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .select([
      "measureObligation.obligationId", "measure.id as measureId", "measure.title", "measure.status", "measure.progress",
      "measure.predecessorId", "programme.status as programmeStatus",
    ])
    .where("measureObligation.obligationId", "in", obligationIds)
    .orderBy("measure.title")
    .execute();
}

/** A measure with the owner of its programme: an obligation may only be fulfilled by a party's measure. */
export async function findMeasureWithProgrammeOwner(
  db: Executor,
  measureId: string,
): Promise<{ id: string; title: string; programmeOwnerId: string } | undefined> {
  return db
    .selectFrom("measure")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .select(["measure.id", "measure.title", "programme.ownerId as programmeOwnerId"])
    .where("measure.id", "=", measureId)
    .executeTakeFirst();
}

export async function hasMeasureObligationLink(db: Executor, obligationId: string, measureId: string): Promise<boolean> {
  const row = await db
    .selectFrom("measureObligation")
    .select("measureId")
    .where("obligationId", "=", obligationId)
    .where("measureId", "=", measureId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertMeasureObligationLink(db: Executor, obligationId: string, measureId: string): Promise<void> {
  await db.insertInto("measureObligation").values({ obligationId, measureId }).execute();
}

/** Removes a link; the number removed tells whether there was one. */
export async function deleteMeasureObligationLink(db: Executor, obligationId: string, measureId: string): Promise<number> {
  const result = await db
    .deleteFrom("measureObligation")
    .where("obligationId", "=", obligationId)
    .where("measureId", "=", measureId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Organisations by id, for checking the parties named in an input. */
export async function listOrganisationPlaces(
  db: Executor,
  ids: readonly string[],
): Promise<{ id: string; kind: OrganisationKind; countyId: string | null; name: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("organisation").select(["id", "kind", "countyId", "name"]).where("id", "in", ids).execute();
}
