import {
  enqueueOutboxMessages, findUserById, listNoticeRecipients, type Executor, type MeasureRow, type ReportingPeriodRow,
  type StatusReportRow,
} from "@samspill/db";
import { reviewMail } from "../../mail/review-mail.js";
import { outboxMessage, portalUrl, REPORTING_ROLES } from "./outbox-message.js";

export interface ReviewedReport {
  report: StatusReportRow;
  measure: MeasureRow;
  period: ReportingPeriodRow;
  reviewerId: string;
  outcome: "returned" | "approved";
}

/**
 * Tells a report's author that the secretariat returned (with its comment) or approved it,
 * written to the outbox in the review's own transaction. A report without a known author goes
 * to whoever writes its organisation's reports. Never to the reviewer themselves.
 */
export async function noticeReportReviewed(trx: Executor, reviewed: ReviewedReport): Promise<void> {
  const { report, measure, period, reviewerId, outcome } = reviewed;
  const filter = report.authorId
    ? { userIds: [report.authorId] }
    : { organisationIds: [report.organisationId], roles: REPORTING_ROLES };
  const recipients = await listNoticeRecipients(trx, "reportReviews", { ...filter, excludeUserId: reviewerId });
  if (recipients.length === 0) return;
  const reviewer = await findUserById(trx, reviewerId);
  const data = {
    outcome, reportId: report.id, measureTitle: measure.title, periodName: period.name,
    reviewerName: reviewer?.name ?? "", comment: report.returnComment,
  };
  const kind = outcome === "returned" ? "report_returned" : "report_approved";
  await enqueueOutboxMessages(trx, recipients.map((recipient) => outboxMessage(kind, recipient, reviewMail(recipient, data, portalUrl()))));
}
