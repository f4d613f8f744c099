import type { AgreementStatus, OrganisationKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
import type { PartnershipAgreementRow } from "./agreement.table.js";

export interface AgreementFilter extends PageInput {
  /** Agreements the county holds. */
  countyId?: string;
  /** Agreements the organisation is a party to. */
  partyId?: string;
  status?: AgreementStatus;
  /** Agreements whose period covers some day of the year. */
  year?: number;
}

export interface AgreementPartyName {
  agreementId: string;
  organisationId: string;
  name: string;
  kind: OrganisationKind;
}

export interface AgreementListItem extends PartnershipAgreementRow {
  parties: AgreementPartyName[];
}

/** A page of agreements, newest period first, each with its parties' names: two queries plus the count. */
export async function listAgreements(db: Executor, filter: AgreementFilter): Promise<Page<AgreementListItem>> {
  let query = db.selectFrom("partnershipAgreement");
  if (filter.countyId) query = query.where("countyId", "=", filter.countyId);
  const partyId = filter.partyId;
  if (partyId) {
    query = query.where("id", "in", (eb) =>
      eb.selectFrom("agreementParty").select("agreementId").where("organisationId", "=", partyId),
    );
  }
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.year !== undefined) {
    query = query.where("periodStart", "<=", `${filter.year}-12-31`).where("periodEnd", ">=", `${filter.year}-01-01`);
  }
  const { limit, offset } = pageBounds(filter);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy("periodStart", "desc").orderBy("title").orderBy("id").limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  const parties = await listPartyNames(db, rows.map((row) => row.id));
  return {
    items: rows.map((row) => ({ ...row, parties: parties.filter((party) => party.agreementId === row.id) })),
    total: Number(count.total),
  };
}

/** The parties of some agreements with their names and kinds, ordered by name. */
export async function listPartyNames(db: Executor, agreementIds: readonly string[]): Promise<AgreementPartyName[]> {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom("agreementParty")
    .innerJoin("organisation", "organisation.id", "agreementParty.organisationId")
    .select([
      "agreementParty.agreementId",
      "agreementParty.organisationId",
      "organisation.name",
      "organisation.kind",
    ])
    .where("agreementParty.agreementId", "in", agreementIds)
    .orderBy("organisation.name")
    .execute();
}
