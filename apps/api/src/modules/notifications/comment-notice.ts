import {
  enqueueOutboxMessages, findMeasureById, findMeasurePartById, findOrganisationById, findStatusReportById, findUserById,
  listNoticeRecipients, type CommentRow, type Executor, type RecipientFilter,
} from "@samspill/db";
import { commentMail, type CommentMailData } from "../../mail/comment-mail.js";
import { outboxMessage, portalUrl, REPORTING_ROLES } from "./outbox-message.js";

interface Audience {
  filter: RecipientFilter;
  /** The report's author, who hears about comments on their report even from outside its organisation. */
  authorId: string | null;
  data: Omit<CommentMailData, "authorName" | "body">;
}

/**
 * Who is responsible for what was commented on: the owner of a measure (the council's
 * secretariat for a shared measure, the municipality's contributors for a local one), the
 * municipality of a part, the organisation (and author) of a report.
 */
async function audienceOf(db: Executor, comment: CommentRow): Promise<Audience | undefined> {
  const path = (measureId: string) => `/measures/${encodeURIComponent(measureId)}`;
  if (comment.subjectType === "measure") {
    const measure = await findMeasureById(db, comment.subjectId);
    if (!measure) return undefined;
    return {
      filter: { organisationIds: [measure.ownerId] }, authorId: null,
      data: { subjectType: "measure", title: measure.title, organisationName: null, path: path(measure.id) },
    };
  }
  if (comment.subjectType === "measure_part") {
    const part = await findMeasurePartById(db, comment.subjectId);
    const measure = part && (await findMeasureById(db, part.measureId));
    if (!part || !measure) return undefined;
    const municipality = await findOrganisationById(db, part.municipalityId);
    return {
      filter: { organisationIds: [part.municipalityId] }, authorId: null,
      data: { subjectType: "measure_part", title: measure.title, organisationName: municipality?.name ?? null, path: path(measure.id) },
    };
  }
  if (comment.subjectType === "status_report") {
    const report = await findStatusReportById(db, comment.subjectId);
    const measure = report && (await findMeasureById(db, report.measureId));
    if (!report || !measure) return undefined;
    return {
      filter: { organisationIds: [report.organisationId] }, authorId: report.authorId,
      data: { subjectType: "status_report", title: measure.title, organisationName: null, path: `/reports/${encodeURIComponent(report.id)}` },
    };
  }
  return undefined;
}

/** Tells those responsible for a measure, part or report about a new comment, in the comment's transaction. */
export async function noticeComment(trx: Executor, comment: CommentRow): Promise<void> {
  const audience = await audienceOf(trx, comment);
  if (!audience) return;
  const exclude = { excludeUserId: comment.authorId };
  const [responsible, author] = await Promise.all([
    listNoticeRecipients(trx, "comments", { ...audience.filter, roles: REPORTING_ROLES, ...exclude }),
    audience.authorId ? listNoticeRecipients(trx, "comments", { userIds: [audience.authorId], ...exclude }) : [],
  ]);
  const recipients = [...new Map([...responsible, ...author].map((recipient) => [recipient.userId, recipient])).values()];
  if (recipients.length === 0) return;
  const commenter = await findUserById(trx, comment.authorId);
  const data: CommentMailData = { ...audience.data, authorName: commenter?.name ?? "", body: comment.body };
  await enqueueOutboxMessages(trx, recipients.map((recipient) => outboxMessage("comment", recipient, commentMail(recipient, data, portalUrl()))));
}
