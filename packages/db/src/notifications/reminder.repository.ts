import { sql } from "kysely";
import { isOutstanding } from "@samspill/domain";
import { listExpectedReports, type ExpectedReportRow } from "../figures/reporting.repository.js";
import type { ReportingPeriodRow } from "../reports/reporting-period.table.js";
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
 * What is still with its authors in a period: the expected reports (../figures) not started, in
 * draft, or returned for changes — submitted and approved ones are done.
 */
export async function listOutstandingReports(db: Executor, period: Pick<ReportingPeriodRow, "id">): Promise<OutstandingReport[]> {
  const expected = await listExpectedReports(db, period.id);
  return expected.flatMap((item) => {
    if (!isOutstanding(item.state)) return [];
    return [{ ...item, workflowStatus: item.state === "draft" || item.state === "returned" ? item.state : null }];
  });
}
