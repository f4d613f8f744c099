import { sql } from "kysely";
import {
  OUTSTANDING_STATES, reportingState, type MeasureScope, type ReportingState, type ReportingTally, type ReportStatus,
} from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { expectedReports, reporterId } from "./expected-reports.js";

// The reporting figures' facts: the expected reports of a period with their state, and per
// period the tallies the domain's `reportingFigures` turns into expected, reported, approved,
// late and overdue. A fixed number of queries whatever the number of periods or measures.

/** An expected report of one period and, when started, its report. */
export interface ExpectedReportRow {
  periodId: string;
  measureId: string;
  partId: string | null;
  measureTitle: string;
  scope: MeasureScope;
  programmeId: string;
  /** Who reports: the part's municipality, or the measure's owner. */
  organisationId: string;
  organisationName: string;
  reportId: string | null;
  reportVersion: number | null;
  state: ReportingState;
  /** The report was first submitted after the deadline. */
  late: boolean;
}

interface StateColumns {
  workflowStatus: ReportStatus | null;
  late: boolean | null;
}

const withState = <T extends StateColumns>({ workflowStatus, late, ...row }: T) => ({
  ...row,
  state: reportingState(workflowStatus),
  late: late ?? false,
});

/** The expected reports of one period, each with the state of its report, in programme order. */
export async function listExpectedReports(db: Executor, periodId: string): Promise<ExpectedReportRow[]> {
  const rows = await expectedReports(db)
    .innerJoin("organisation as reporter", (join) => join.on(sql<boolean>`reporter.id = ${reporterId}`))
    .select([
      "p.id as periodId",
      "m.id as measureId",
      "mp.id as partId",
      "m.title as measureTitle",
      "m.scope",
      "m.programmeId",
      "reporter.id as organisationId",
      "reporter.name as organisationName",
      "r.id as reportId",
      "r.version as reportVersion",
      "r.workflowStatus",
      "r.late",
    ])
    .where("p.id", "=", periodId)
    .orderBy("pr.periodStart")
    .orderBy("m.position")
    .orderBy("m.title")
    .orderBy("reporter.name")
    .execute();
  return rows.map(withState);
}

export type ReportingScope = { countyId: string } | { councilId: string } | { periodId: string };

export interface PeriodReporting {
  periodId: string;
  periodName: string;
  councilId: string;
  councilName: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  tallies: ReportingTally[];
}

/**
 * The reporting periods of a county's councils (or of one council, or one period), newest
 * first, each with the tallies of its expected reports. Two queries.
 */
export async function listPeriodReporting(db: Executor, scope: ReportingScope): Promise<PeriodReporting[]> {
  let periods = db
    .selectFrom("reportingPeriod as p")
    .innerJoin("organisation as council", "council.id", "p.councilId")
    .select([
      "p.id as periodId", "p.name as periodName", "council.id as councilId", "council.name as councilName",
      "p.periodStart", "p.periodEnd", "p.deadline",
    ]);
  let tallies = expectedReports(db)
    .innerJoin("organisation as council", "council.id", "p.councilId")
    .select((eb) => ["p.id as periodId", "r.workflowStatus", "r.late", eb.fn.countAll<string>().as("count")])
    .groupBy(["p.id", "r.workflowStatus", "r.late"]);
  if ("countyId" in scope) {
    periods = periods.where("council.countyId", "=", scope.countyId);
    tallies = tallies.where("council.countyId", "=", scope.countyId);
  } else if ("councilId" in scope) {
    periods = periods.where("p.councilId", "=", scope.councilId);
    tallies = tallies.where("p.councilId", "=", scope.councilId);
  } else {
    periods = periods.where("p.id", "=", scope.periodId);
    tallies = tallies.where("p.id", "=", scope.periodId);
  }
  const [periodRows, tallyRows] = await Promise.all([
    periods.orderBy("p.periodStart", "desc").orderBy("council.name").orderBy("p.name").execute(),
    tallies.execute(),
  ]);
  const byPeriod = new Map<string, ReportingTally[]>();
  for (const row of tallyRows) {
    const { periodId, state, late } = withState(row);
    byPeriod.set(periodId, [...(byPeriod.get(periodId) ?? []), { state, late, count: Number(row.count) }]);
  }
  return periodRows.map((period) => ({ ...period, tallies: byPeriod.get(period.periodId) ?? [] }));
}

export interface OverdueReportRow extends Omit<ExpectedReportRow, "scope" | "programmeId" | "reportVersion" | "late"> {
  periodName: string;
  deadline: string;
}

/** At most this many overdue reports are listed; the figures count them all. */
export const OVERDUE_LIMIT = 200;

/** A council's expected reports still with their authors after their period's deadline, newest deadline first. */
export async function listOverdueReports(db: Executor, councilId: string, today: string): Promise<OverdueReportRow[]> {
  const started = OUTSTANDING_STATES.filter((state): state is "draft" | "returned" => state !== "missing");
  const rows = await expectedReports(db)
    .innerJoin("organisation as reporter", (join) => join.on(sql<boolean>`reporter.id = ${reporterId}`))
    .select([
      "p.id as periodId", "p.name as periodName", "p.deadline", "m.id as measureId", "m.title as measureTitle",
      "mp.id as partId", "reporter.id as organisationId", "reporter.name as organisationName", "r.id as reportId",
      "r.workflowStatus", "r.late",
    ])
    .where("p.councilId", "=", councilId)
    .where("p.deadline", "<", today)
    .where((eb) => eb.or([eb("r.id", "is", null), eb("r.workflowStatus", "in", started)]))
    .orderBy("p.deadline", "desc")
    .orderBy("m.position")
    .orderBy("m.title")
    .orderBy("reporter.name")
    .limit(OVERDUE_LIMIT)
    .execute();
  return rows.map((row) => {
    const { late: _late, ...rest } = withState(row);
    return rest;
  });
}
