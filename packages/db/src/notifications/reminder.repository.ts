import { sql } from "kysely";
import { listExpectedReports, type ExpectedReportRow } from "../reports/expected-report.repository.js";
import type { ReportingPeriodRow } from "../reports/reporting-period.table.js";
import { listStatusReportsByPeriod } from "../reports/status-report.repository.js";
import type { Executor } from "../shared/executor.js";
import { DEFAULT_REMINDER_DAYS } from "./notification.table.js";

export interface ReminderPeriod extends ReportingPeriodRow {
  councilName: string;
  daysBefore: number;
}

/**
 * Periods whose deadline is today or within the council's reminder lead time from today
 * (`today` is the local date). Past deadlines are left to the digest's overdue list.
 */
export async function listPeriodsDueForReminder(db: Executor, today: string): Promise<ReminderPeriod[]> {
  const days = sql<number>`coalesce(reminder_setting.days_before, ${DEFAULT_REMINDER_DAYS})`;
  return db
    .selectFrom("reportingPeriod")
    .innerJoin("organisation", "organisation.id", "reportingPeriod.councilId")
    .leftJoin("reminderSetting", "reminderSetting.councilId", "reportingPeriod.councilId")
    .selectAll("reportingPeriod")
    .select(["organisation.name as councilName", days.as("daysBefore")])
    .where("reportingPeriod.deadline", ">=", today)
    .where(sql<boolean>`reporting_period.deadline - ${days} <= ${today}::date`)
    .orderBy("reportingPeriod.deadline")
    .orderBy("reportingPeriod.id")
    .execute();
}

export interface OutstandingReport extends ExpectedReportRow {
  /** The report's state when one is started: a draft, or returned for changes. */
  workflowStatus: "draft" | "returned" | null;
}

/**
 * What is still with its authors in a period: the expected reports (see listExpectedReports)
 * with no report yet, a draft, or one returned for changes — submitted and approved ones are done.
 */
export async function listOutstandingReports(
  db: Executor,
  period: Pick<ReportingPeriodRow, "id" | "councilId" | "periodStart" | "periodEnd">,
): Promise<OutstandingReport[]> {
  const [expected, reports] = await Promise.all([listExpectedReports(db, period), listStatusReportsByPeriod(db, period.id)]);
  const byKey = new Map(reports.map((report) => [`${report.measureId}:${report.partId ?? ""}`, report.workflowStatus]));
  return expected.flatMap((item) => {
    const status = byKey.get(`${item.measureId}:${item.partId ?? ""}`);
    if (status === "submitted" || status === "approved") return [];
    return [{ ...item, workflowStatus: status ?? null }];
  });
}
