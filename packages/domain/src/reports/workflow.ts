import { localDate } from "../shared/dates";
import type { IsoDate } from "../shared/primitives";
import type { ReportStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";
import type { StatusReport } from "./status-report";

// draft → submitted → approved, or submitted → returned → submitted. Approved reports are
// locked because the annual report to the county is built from them.

export const REPORT_TRANSITIONS: Record<ReportStatus, readonly ReportStatus[]> = {
  draft: ["submitted"],
  submitted: ["approved", "returned"],
  returned: ["submitted"],
  approved: [],
};

export function canTransitionReport(from: ReportStatus, to: ReportStatus): boolean {
  return REPORT_TRANSITIONS[from].includes(to);
}

/** The workflow needs only these fields, so callers may pass a full row or a projection. */
export type ReportWorkflowState = Pick<
  StatusReport,
  "workflowStatus" | "submittedAt" | "late" | "reviewedAt" | "reviewedBy" | "returnComment"
>;

export interface Review {
  reviewerId: string;
  now: Date;
}

function assertTransition(report: ReportWorkflowState, to: ReportStatus): void {
  if (canTransitionReport(report.workflowStatus, to)) return;
  throw new DomainError("INVALID_STATE", {
    reason: report.workflowStatus === "approved" ? "report_locked" : "report_transition_not_allowed",
    params: { from: report.workflowStatus, to },
  });
}

/** Content may change while the author holds the report: as a draft or after it was returned. */
export function isEditable(report: Pick<ReportWorkflowState, "workflowStatus">): boolean {
  return report.workflowStatus === "draft" || report.workflowStatus === "returned";
}

/** Why the content cannot change now, or null: approved is locked, submitted awaits review. */
export function editRefusal(report: Pick<ReportWorkflowState, "workflowStatus">): string | null {
  if (isEditable(report)) return null;
  return report.workflowStatus === "approved" ? "report_locked" : "report_awaiting_review";
}

/** Why the report cannot be reviewed now, or null: only a submitted report is approved or returned. */
export function reviewRefusal(report: Pick<ReportWorkflowState, "workflowStatus">): string | null {
  if (report.workflowStatus === "submitted") return null;
  return report.workflowStatus === "approved" ? "report_locked" : "report_not_submitted";
}

export function assertEditable(report: Pick<ReportWorkflowState, "workflowStatus">): void {
  const reason = editRefusal(report);
  if (reason) throw new DomainError("INVALID_STATE", { reason, params: { status: report.workflowStatus } });
}

/**
 * Submission after the deadline is accepted and marked late. Lateness is judged on the first
 * submission only: a report sent on time and returned for changes after the deadline was not late.
 */
export function submitReport<T extends ReportWorkflowState>(
  report: T,
  now: Date,
  deadline: IsoDate,
  timeZone?: string,
): T {
  assertTransition(report, "submitted");
  const firstSubmission = report.submittedAt === null;
  const late = firstSubmission ? localDate(now, timeZone) > deadline : report.late;
  return { ...report, workflowStatus: "submitted", submittedAt: now.toISOString(), late };
}

export function approveReport<T extends ReportWorkflowState>(report: T, review: Review): T {
  assertTransition(report, "approved");
  return { ...report, workflowStatus: "approved", reviewedAt: review.now.toISOString(), reviewedBy: review.reviewerId };
}

/** The comment tells the author what to fix, so it cannot be blank. */
export function returnReport<T extends ReportWorkflowState>(report: T, comment: string, review: Review): T {
  assertTransition(report, "returned");
  const trimmed = comment.trim();
  if (trimmed === "") throw new DomainError("INVALID_INPUT", { reason: "comment_required" });
  return {
    ...report,
    workflowStatus: "returned",
    returnComment: trimmed,
    reviewedAt: review.now.toISOString(),
    reviewedBy: review.reviewerId,
  };
}
