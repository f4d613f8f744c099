import { sql } from "kysely";
import {
  OUTSTANDING_STATES, reportingState, type MeasureScope, type ReportingState, type ReportingTally, type ReportStatus,
} from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { expectedReports, reporterId } from "./expected-reports.js";
import { overdueStamp, ReportingCache } from "./reporting-cache.js";

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

/** The periods in scope, each with its reporting revisions (its council's and its own). */
function periodsIn(db: Executor, scope: ReportingScope) {
  const periods = db
    .selectFrom("reportingPeriod as p")
    .innerJoin("organisation as council", "council.id", "p.councilId")
    .leftJoin("reportingRevision as councilRevision", "councilRevision.id", "p.councilId")
    .leftJoin("reportingRevision as periodRevision", "periodRevision.id", "p.id")
    .select([
      "p.id as periodId", "p.name as periodName", "council.id as councilId", "council.name as councilName",
      "p.periodStart", "p.periodEnd", "p.deadline",
      sql<string>`coalesce(council_revision.revision, 0) || '.' || coalesce(period_revision.revision, 0)`.as("revision"),
    ])
    .orderBy("p.periodStart", "desc")
    .orderBy("council.name")
    .orderBy("p.name");
  if ("countyId" in scope) return periods.where("council.countyId", "=", scope.countyId);
  if ("councilId" in scope) return periods.where("p.councilId", "=", scope.councilId);
  return periods.where("p.id", "=", scope.periodId);
}

/** Per period in scope (or of the periods named), its expected reports counted by state. */
async function talliesIn(db: Executor, scope: ReportingScope | { periodIds: string[] }): Promise<Map<string, ReportingTally[]>> {
  let tallies = expectedReports(db)
    .select((eb) => ["p.id as periodId", "r.workflowStatus", "r.late", eb.fn.countAll<string>().as("count")])
    .groupBy(["p.id", "r.workflowStatus", "r.late"]);
  if ("countyId" in scope) {
    const councils = db.selectFrom("organisation as council").select("council.id").where("council.countyId", "=", scope.countyId);
    tallies = tallies.where("p.councilId", "in", councils);
  } else if ("councilId" in scope) tallies = tallies.where("p.councilId", "=", scope.councilId);
  else if ("periodIds" in scope) tallies = tallies.where("p.id", "in", scope.periodIds);
  else tallies = tallies.where("p.id", "=", scope.periodId);
  const byPeriod = new Map<string, ReportingTally[]>();
  for (const row of await tallies.execute()) {
    const { periodId, state, late } = withState(row);
    byPeriod.set(periodId, [...(byPeriod.get(periodId) ?? []), { state, late, count: Number(row.count) }]);
  }
  return byPeriod;
}

/**
 * The reporting periods of a county's councils (or of one council, or one period), newest
 * first, each with the tallies of its expected reports. Two queries; with a cache, one while no
 * period in scope has changed, and the second only over those that have (`reporting-cache.ts`).
 */
export async function listPeriodReporting(db: Executor, scope: ReportingScope, cache?: ReportingCache): Promise<PeriodReporting[]> {
  const kept = ReportingCache.usableWith(db, cache);
  if (!kept) {
    const [periods, tallies] = await Promise.all([periodsIn(db, scope).execute(), talliesIn(db, scope)]);
    return periods.map(({ revision: _revision, ...period }) => ({ ...period, tallies: tallies.get(period.periodId) ?? [] }));
  }
  const periods = await periodsIn(db, scope).execute();
  const stale = periods.filter((period) => !kept.tallies.get(period.periodId, period.revision));
  if (stale.length > 0) {
    const tallies = await talliesIn(db, { periodIds: stale.map((period) => period.periodId) });
    for (const period of stale) kept.tallies.set(period.periodId, period.revision, tallies.get(period.periodId) ?? []);
  }
  return periods.map(({ revision, ...period }) => ({ ...period, tallies: kept.tallies.get(period.periodId, revision) ?? [] }));
}

export interface OverdueReportRow extends Omit<ExpectedReportRow, "scope" | "programmeId" | "reportVersion" | "late"> {
  periodName: string;
  deadline: string;
}

/** At most this many overdue reports are listed; the figures count them all. */
export const OVERDUE_LIMIT = 200;

/**
 * A council's expected reports still with their authors after their period's deadline, newest
 * deadline first. With a cache, one small query while the council's reports have not changed.
 */
export async function listOverdueReports(
  db: Executor,
  councilId: string,
  today: string,
  cache?: ReportingCache,
): Promise<OverdueReportRow[]> {
  const kept = ReportingCache.usableWith(db, cache);
  if (!kept) return overdueReports(db, councilId, today);
  const stamp = await overdueStamp(db, councilId, today);
  const known = kept.overdue.get(councilId, stamp);
  if (known) return known;
  const rows = await overdueReports(db, councilId, today);
  kept.overdue.set(councilId, stamp, rows);
  return rows;
}

async function overdueReports(db: Executor, councilId: string, today: string): Promise<OverdueReportRow[]> {
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
