import { sql } from "kysely";
import type { Currency, FundingSource, MeasureStatus } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// The secretariat's dashboard for one council, computed in SQL: four grouped queries whatever
// the number of measures, parts, reports or budget lines. "Current" programmes are the ones not
// superseded by a revision.

export interface FocusAreaStatusCount {
  focusAreaId: string | null;
  focusAreaTitle: string | null;
  programmeId: string;
  status: MeasureStatus;
  measures: number;
}

export interface MunicipalityPartCount {
  municipalityId: string;
  municipalityName: string;
  status: MeasureStatus;
  parts: number;
}

export interface OverdueReport {
  periodId: string;
  periodName: string;
  deadline: string;
  measureId: string;
  measureTitle: string;
  partId: string | null;
  organisationId: string;
  organisationName: string;
  /** null when nobody has started the report. */
  reportId: string | null;
  workflowStatus: "draft" | "returned" | null;
}

export interface BudgetTotal {
  fundingSource: FundingSource;
  year: number;
  currency: Currency;
  amountMinor: number;
}

export interface CouncilDashboardRows {
  measuresByFocusArea: FocusAreaStatusCount[];
  partsByMunicipality: MunicipalityPartCount[];
  overdueReports: OverdueReport[];
  budget: BudgetTotal[];
}

/** At most this many overdue items are listed; the dashboard links to the overview for the rest. */
export const OVERDUE_LIMIT = 200;

export async function councilDashboard(db: Executor, councilId: string, today: string): Promise<CouncilDashboardRows> {
  const [measuresByFocusArea, partsByMunicipality, overdue, budget] = await Promise.all([
    db
      .selectFrom("measure")
      .innerJoin("programme", "programme.id", "measure.programmeId")
      .leftJoin("focusArea", "focusArea.id", "measure.focusAreaId")
      .select(["measure.focusAreaId", "focusArea.title as focusAreaTitle", "measure.programmeId", "measure.status"])
      .select((eb) => eb.fn.countAll<number>().as("measures"))
      .where("programme.ownerId", "=", councilId)
      .where("programme.status", "<>", "superseded")
      .groupBy(["measure.programmeId", "measure.focusAreaId", "focusArea.title", "focusArea.position", "measure.status"])
      .orderBy("measure.programmeId")
      .orderBy("focusArea.position")
      .orderBy("measure.status")
      .execute(),
    db
      .selectFrom("measurePart")
      .innerJoin("measure", "measure.id", "measurePart.measureId")
      .innerJoin("programme", "programme.id", "measure.programmeId")
      .innerJoin("organisation", "organisation.id", "measurePart.municipalityId")
      .select(["measurePart.municipalityId", "organisation.name as municipalityName", "measurePart.status"])
      .select((eb) => eb.fn.countAll<number>().as("parts"))
      .where("programme.ownerId", "=", councilId)
      .where("programme.status", "<>", "superseded")
      .groupBy(["measurePart.municipalityId", "organisation.name", "measurePart.status"])
      .orderBy("organisation.name")
      .orderBy("measurePart.status")
      .execute(),
    sql<OverdueReport>`
      select p.id as "periodId", p.name as "periodName", p.deadline::text as "deadline",
             m.id as "measureId", m.title as "measureTitle", mp.id as "partId",
             o.id as "organisationId", o.name as "organisationName",
             r.id as "reportId", r.workflow_status as "workflowStatus"
      from reporting_period p
      join programme pr on pr.owner_id = p.council_id and pr.status <> 'superseded'
        and pr.period_start <= p.period_end and pr.period_end >= p.period_start
      join measure m on m.programme_id = pr.id
      left join measure_part mp on mp.measure_id = m.id
      join organisation o on o.id = coalesce(mp.municipality_id, m.owner_id)
      left join status_report r on r.period_id = p.id and r.measure_id = m.id
        and r.part_id is not distinct from mp.id
      where p.council_id = ${councilId} and p.deadline < ${today}::date
        and (r.id is null or r.workflow_status in ('draft', 'returned'))
      order by p.deadline desc, m.position, m.title, o.name
      limit ${OVERDUE_LIMIT}`.execute(db),
    db
      .selectFrom("budgetLine")
      .innerJoin("measure", "measure.id", "budgetLine.measureId")
      .innerJoin("programme", "programme.id", "measure.programmeId")
      .select(["budgetLine.fundingSource", "budgetLine.year", "budgetLine.currency"])
      .select((eb) => eb.fn.sum<number>("budgetLine.amountMinor").as("amountMinor"))
      .where("programme.ownerId", "=", councilId)
      .where("programme.status", "<>", "superseded")
      .groupBy(["budgetLine.fundingSource", "budgetLine.year", "budgetLine.currency"])
      .orderBy("budgetLine.year")
      .orderBy("budgetLine.fundingSource")
      .orderBy("budgetLine.currency")
      .execute(),
  ]);
  return {
    measuresByFocusArea: measuresByFocusArea.map((row) => ({ ...row, measures: Number(row.measures) })),
    partsByMunicipality: partsByMunicipality.map((row) => ({ ...row, parts: Number(row.parts) })),
    overdueReports: overdue.rows,
    budget: budget.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) })),
  };
}
