import { sql } from "kysely";
import type { AgreementStatus, Currency, FundingSource, MeasureStatus, OrganisationKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// The county's view across its agreements and councils, computed in SQL: five grouped queries
// whatever the number of agreements, councils, periods, measures or reports. Owners "in the
// county" are the councils and municipalities whose county is this one.

export interface CountyAgreementRow {
  id: string;
  title: string;
  status: AgreementStatus;
  periodStart: string;
  periodEnd: string;
  parties: Array<{ organisationId: string; name: string; kind: OrganisationKind }>;
}

export interface ReportingCompliance {
  councilId: string;
  councilName: string;
  periodId: string;
  periodName: string;
  deadline: string;
  expected: number;
  /** Submitted or approved. */
  reported: number;
  approved: number;
  late: number;
}

export interface CommittedTotal {
  year: number;
  source: FundingSource;
  currency: Currency;
  amountMinor: number;
}

export interface SpentTotal {
  year: number;
  currency: Currency;
  amountMinor: number;
}

export interface OwnerStatusCount {
  ownerId: string;
  ownerName: string;
  status: MeasureStatus;
  measures: number;
}

export interface CountyDashboardRows {
  agreements: CountyAgreementRow[];
  compliance: ReportingCompliance[];
  committed: CommittedTotal[];
  spent: SpentTotal[];
  measuresByOwner: OwnerStatusCount[];
}

export async function countyDashboard(db: Executor, countyId: string): Promise<CountyDashboardRows> {
  const [agreements, compliance, committed, spent, measuresByOwner] = await Promise.all([
    sql<CountyAgreementRow>`
      select a.id, a.title, a.status, a.period_start::text as "periodStart", a.period_end::text as "periodEnd",
        coalesce((select json_agg(json_build_object('organisationId', o.id, 'name', o.name, 'kind', o.kind) order by o.name)
          from agreement_party ap join organisation o on o.id = ap.organisation_id
          where ap.agreement_id = a.id and o.id <> a.county_id), '[]'::json) as parties
      from partnership_agreement a
      where a.county_id = ${countyId}
      order by a.period_start desc, a.title`.execute(db),
    sql<ReportingCompliance>`
      with expected as (
        select p.id as period_id, m.id as measure_id, mp.id as part_id
        from reporting_period p
        join organisation c on c.id = p.council_id and c.county_id = ${countyId}
        join programme pr on pr.owner_id = p.council_id and pr.status <> 'superseded'
          and pr.period_start <= p.period_end and pr.period_end >= p.period_start
        join measure m on m.programme_id = pr.id
        left join measure_part mp on mp.measure_id = m.id
      )
      select c.id as "councilId", c.name as "councilName", p.id as "periodId", p.name as "periodName",
        p.deadline::text as "deadline",
        count(e.measure_id)::int as "expected",
        count(r.id) filter (where r.workflow_status in ('submitted', 'approved'))::int as "reported",
        count(r.id) filter (where r.workflow_status = 'approved')::int as "approved",
        count(r.id) filter (where r.late)::int as "late"
      from reporting_period p
      join organisation c on c.id = p.council_id and c.county_id = ${countyId}
      left join expected e on e.period_id = p.id
      left join status_report r on r.period_id = e.period_id and r.measure_id = e.measure_id
        and r.part_id is not distinct from e.part_id
      group by c.id, c.name, p.id, p.name, p.deadline, p.period_start
      order by p.period_start desc, c.name`.execute(db),
    db
      .selectFrom("fundingCommitment")
      .innerJoin("partnershipAgreement", "partnershipAgreement.id", "fundingCommitment.agreementId")
      .select(["fundingCommitment.year", "fundingCommitment.source", "fundingCommitment.currency"])
      .select((eb) => eb.fn.sum<number>("fundingCommitment.amountMinor").as("amountMinor"))
      .where("partnershipAgreement.countyId", "=", countyId)
      .groupBy(["fundingCommitment.year", "fundingCommitment.source", "fundingCommitment.currency"])
      .orderBy("fundingCommitment.year")
      .orderBy("fundingCommitment.source")
      .execute(),
    sql<SpentTotal>`
      select extract(year from p.period_end)::int as "year", r.currency, sum(r.spent_minor)::bigint as "amountMinor"
      from status_report r
      join reporting_period p on p.id = r.period_id
      join organisation c on c.id = p.council_id and c.county_id = ${countyId}
      where r.workflow_status = 'approved'
      group by 1, 2
      order by 1, 2`.execute(db),
    db
      .selectFrom("measure")
      .innerJoin("programme", "programme.id", "measure.programmeId")
      .innerJoin("organisation", "organisation.id", "programme.ownerId")
      .select(["programme.ownerId", "organisation.name as ownerName", "measure.status"])
      .select((eb) => eb.fn.countAll<number>().as("measures"))
      .where("organisation.countyId", "=", countyId)
      .where("programme.status", "<>", "superseded")
      .groupBy(["programme.ownerId", "organisation.name", "measure.status"])
      .orderBy("organisation.name")
      .orderBy("measure.status")
      .execute(),
  ]);
  return {
    agreements: agreements.rows,
    compliance: compliance.rows,
    committed: committed.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) })),
    spent: spent.rows.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) })),
    measuresByOwner: measuresByOwner.map((row) => ({ ...row, measures: Number(row.measures) })),
  };
}
