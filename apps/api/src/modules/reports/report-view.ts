import type { ReportedValue, ReportingPeriodRow, ReportSpendingRow, StatusReportRow } from "@samspill/db";
import type { ReportWorkflowState } from "@samspill/domain";
import { instant } from "../../trpc/instant.js";

// What clients read of periods and reports: flat ids, ISO dates, money as amount and currency.

export function periodView(period: ReportingPeriodRow) {
  return {
    id: period.id,
    councilId: period.councilId,
    name: period.name,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    deadline: period.deadline,
    version: period.version,
  };
}


export function reportView(report: StatusReportRow) {
  return {
    id: report.id,
    periodId: report.periodId,
    measureId: report.measureId,
    partId: report.partId,
    organisationId: report.organisationId,
    authorId: report.authorId,
    workflowStatus: report.workflowStatus,
    measureStatus: report.measureStatus,
    progress: report.progress,
    narrative: report.narrative,
    /** The total of its spending lines, kept by the database. */
    spent: { amountMinor: Number(report.spentMinor), currency: report.currency },
    submittedAt: instant(report.submittedAt),
    late: report.late,
    reviewedAt: instant(report.reviewedAt),
    reviewedBy: report.reviewedBy,
    returnComment: report.returnComment,
    version: report.version,
    updatedAt: instant(report.updatedAt),
  };
}

/** With what the report carries beside its fields: indicator values, and spending by funding source. */
export function reportWithValuesView(report: StatusReportRow, indicatorValues: ReportedValue[], spending: readonly ReportSpendingRow[]) {
  return {
    ...reportView(report),
    spending: {
      currency: report.currency,
      lines: spending.map((line) => ({ fundingSource: line.fundingSource, amountMinor: line.amountMinor })),
    },
    indicatorValues,
  };
}

/** The workflow fields as the domain's rules take them. */
export function workflowState(report: StatusReportRow): ReportWorkflowState {
  return {
    workflowStatus: report.workflowStatus,
    submittedAt: instant(report.submittedAt),
    late: report.late,
    reviewedAt: instant(report.reviewedAt),
    reviewedBy: report.reviewedBy,
    returnComment: report.returnComment,
  };
}
