import type { OverviewItem, QueueItem, ReportingRow } from "./types";

const key = (item: { measureId: string; partId: string | null }) => `${item.measureId}:${item.partId ?? ""}`;

/**
 * The overview lists what the council's current programmes expect; a report written for a
 * measure no programme covers that period (an older programme's, say) is not among them. Such
 * reports are added from the period's report list, so no started report drops out of sight.
 */
export function mergeReports(
  expected: readonly OverviewItem[],
  reports: readonly QueueItem[],
  deadline: string,
  today: string,
): ReportingRow[] {
  const known = new Set(expected.map(key));
  const extra = reports
    .filter((report) => !known.has(key(report)))
    .map((report): ReportingRow => ({
      measureId: report.measureId,
      partId: report.partId,
      measureTitle: report.measureTitle,
      scope: report.partId ? "shared" : "local",
      organisationId: report.organisationId,
      organisationName: report.organisationName,
      reportId: report.id,
      reportVersion: report.version,
      state: report.workflowStatus,
      // Still with its author after the deadline: overdue, as the server counts it.
      overdue: (report.workflowStatus === "draft" || report.workflowStatus === "returned") && today > deadline,
      late: report.late,
    }));
  return [...expected, ...extra];
}
