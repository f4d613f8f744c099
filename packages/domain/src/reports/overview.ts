import type { IsoDate } from "../shared/primitives";
import type { ReportStatus } from "../shared/enums";

// The secretariat's "who has reported" view for one period, and the county's on-time figures.

export type ReportingState = "missing" | ReportStatus;

/** Something a report is expected for: a measure, or one municipality's part of a shared one. */
export interface ExpectedReport {
  measureId: string;
  partId: string | null;
}

export interface ReportForOverview extends ExpectedReport {
  workflowStatus: ReportStatus;
  late: boolean;
}

export interface ReportingOverviewRow<E extends ExpectedReport, R extends ReportForOverview> {
  expected: E;
  report: R | null;
  state: ReportingState;
  /** Past the deadline and still with the author (missing, draft or returned). */
  overdue: boolean;
  /** Submitted, but after the deadline. */
  late: boolean;
}

function keyOf(item: ExpectedReport): string {
  return `${item.measureId}:${item.partId ?? ""}`;
}

/** `reports` are the period's reports; `today` is the local date (see `localDate`). */
export function reportingOverview<E extends ExpectedReport, R extends ReportForOverview>(
  expected: readonly E[],
  reports: readonly R[],
  deadline: IsoDate,
  today: IsoDate,
): ReportingOverviewRow<E, R>[] {
  const byKey = new Map(reports.map((report) => [keyOf(report), report]));
  const pastDeadline = today > deadline;
  return expected.map((item) => {
    const report = byKey.get(keyOf(item)) ?? null;
    const state: ReportingState = report ? report.workflowStatus : "missing";
    const withAuthor = state === "missing" || state === "draft" || state === "returned";
    return { expected: item, report, state, overdue: pastDeadline && withAuthor, late: report?.late ?? false };
  });
}
