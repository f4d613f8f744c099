import { FUNDING_SOURCES, type Currency, type SpendingLine } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// A status report's spending by funding source. The database keeps `status_report.spent_minor`
// the sum of these lines (migration 0004), so writing the lines is all a change of spending takes.

export interface ReportSpendingRow extends SpendingLine {
  reportId: string;
  currency: Currency;
}

/** Replaces a report's spending lines; the report must already be in `currency`. */
export async function replaceReportSpending(
  db: Executor,
  reportId: string,
  currency: Currency,
  lines: readonly SpendingLine[],
): Promise<void> {
  await db.deleteFrom("statusReportSpending").where("reportId", "=", reportId).execute();
  if (lines.length === 0) return;
  await db
    .insertInto("statusReportSpending")
    .values(lines.map((line) => ({ reportId, currency, fundingSource: line.fundingSource, amountMinor: line.amountMinor })))
    .execute();
}

/** The spending lines of some reports, by report and then in the order of the funding sources. */
export async function listSpendingOfReports(db: Executor, reportIds: readonly string[]): Promise<ReportSpendingRow[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .selectFrom("statusReportSpending")
    .select(["reportId", "fundingSource", "amountMinor", "currency"])
    .where("reportId", "in", reportIds)
    .execute();
  return rows
    .map((row) => ({ ...row, amountMinor: Number(row.amountMinor) }))
    .sort((a, b) => a.reportId.localeCompare(b.reportId) || FUNDING_SOURCES.indexOf(a.fundingSource) - FUNDING_SOURCES.indexOf(b.fundingSource));
}
