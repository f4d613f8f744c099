import type { AgreementMoney, ApprovedSpending, CommittedAmount } from "@samspill/domain";
import { sql } from "kysely";
import type { Executor } from "../shared/executor.js";

// The money figures' facts (packages/domain/FIGURES.md, "Committed, spent, remaining"): each
// agreement's period, commitments and linked measures, and the approved spending lines on those
// measures. The domain's `fundsOfEachAndAcross` decides what counts.
// Four queries whatever the number of agreements, measures or reports.

export type AgreementScope = { countyId: string } | { agreementIds: readonly string[] };

export interface AgreementMoneyFacts {
  /** In the order of the agreements' periods, newest first, then title. */
  agreements: AgreementMoney[];
  /** Approved spending on any measure linked to one of the agreements, each line once. */
  spending: ApprovedSpending[];
}

export async function loadAgreementMoney(db: Executor, scope: AgreementScope): Promise<AgreementMoneyFacts> {
  if ("agreementIds" in scope && scope.agreementIds.length === 0) return { agreements: [], spending: [] };
  // The scope is written once, in SQL, and every query below reads through it.
  const ids = agreementsIn(scope);
  const links = linksIn(ids);

  const [agreements, commitments, linked, spending] = await Promise.all([
    db
      .selectFrom("partnershipAgreement")
      .select(["id", "periodStart", "periodEnd"])
      .where("id", "in", sql<string>`(${ids})`)
      .orderBy("periodStart", "desc")
      .orderBy("title")
      .execute(),
    db
      .selectFrom("fundingCommitment")
      .select((eb) => [
        "agreementId", "year", "source as fundingSource", "currency", eb.fn.sum<string>("amountMinor").as("amountMinor"),
      ])
      .where("agreementId", "in", sql<string>`(${ids})`)
      .groupBy(["agreementId", "year", "source", "currency"])
      .execute(),
    sql<{ agreementId: string; measureId: string }>`
      select distinct agreement_id as "agreementId", measure_id as "measureId" from (${links}) link`
      .execute(db.withoutPlugins())
      .then(({ rows }) => rows),
    approvedSpendingIn(db, links),
  ]);

  const committedOf = new Map<string, CommittedAmount[]>();
  for (const row of commitments) {
    const { agreementId, amountMinor, ...rest } = row;
    committedOf.set(agreementId, [...(committedOf.get(agreementId) ?? []), { ...rest, amountMinor: Number(amountMinor) }]);
  }
  const measuresOf = new Map<string, string[]>();
  for (const { agreementId, measureId } of linked) measuresOf.set(agreementId, [...(measuresOf.get(agreementId) ?? []), measureId]);
  return {
    agreements: agreements.map((agreement) => ({
      agreementId: agreement.id,
      periodStart: agreement.periodStart,
      periodEnd: agreement.periodEnd,
      commitments: committedOf.get(agreement.id) ?? [],
      measureIds: measuresOf.get(agreement.id) ?? [],
    })),
    spending,
  };
}

/** The ids of the agreements in scope, as a subquery. */
function agreementsIn(scope: AgreementScope) {
  return "countyId" in scope
    ? sql`select id from partnership_agreement where county_id = ${scope.countyId}`
    : sql`select id from partnership_agreement where id = any(${[...scope.agreementIds]}::uuid[])`;
}

/** Each measure linked to an agreement in scope, with the agreement, as a subquery (a pair may repeat). */
function linksIn(agreementIds: ReturnType<typeof agreementsIn>) {
  return sql`select obligation.agreement_id, link.measure_id
    from measure_obligation link join obligation on obligation.id = link.obligation_id
    where obligation.agreement_id in (${agreementIds})`;
}

/**
 * The approved spending lines on the measures linked to the agreements in scope. A county's
 * dashboard reads a thousand of them on every view, so the columns are named as the domain names
 * them and the rows come back as the driver reads them, without Kysely renaming every row's keys.
 */
async function approvedSpendingIn(db: Executor, links: ReturnType<typeof linksIn>): Promise<ApprovedSpending[]> {
  const { rows } = await sql<ApprovedSpending>`
    select report.id as "reportId", report.measure_id as "measureId", period.period_end as "periodEnd",
      line.funding_source as "fundingSource", line.currency, line.amount_minor as "amountMinor"
    from status_report_spending line
    join status_report report on report.id = line.report_id
    join reporting_period period on period.id = report.period_id
    where report.workflow_status = 'approved' and report.measure_id in (select measure_id from (${links}) link)`.execute(db.withoutPlugins());
  return rows;
}

export interface SharedMeasure {
  measureId: string;
  measureTitle: string;
  agreementId: string;
  agreementTitle: string;
}

/**
 * The measures linked to an agreement that are linked to other agreements too, with those: their
 * spending counts under each agreement, and once in a total across them. One query.
 */
export async function listMeasuresSharedWithOtherAgreements(db: Executor, agreementId: string): Promise<SharedMeasure[]> {
  return db
    .selectFrom("measureObligation as own")
    .innerJoin("obligation as ownObligation", "ownObligation.id", "own.obligationId")
    .innerJoin("measureObligation as other", "other.measureId", "own.measureId")
    .innerJoin("obligation as otherObligation", "otherObligation.id", "other.obligationId")
    .innerJoin("partnershipAgreement as agreement", "agreement.id", "otherObligation.agreementId")
    .innerJoin("measure", "measure.id", "own.measureId")
    .select(["measure.id as measureId", "measure.title as measureTitle", "agreement.id as agreementId", "agreement.title as agreementTitle"])
    .distinct()
    .where("ownObligation.agreementId", "=", agreementId)
    .where("otherObligation.agreementId", "<>", agreementId)
    .orderBy("measure.title")
    .orderBy("agreement.title")
    .execute();
}
