import { renderMail, type RenderedMail } from "./mail-layout.js";
import { mailTexts } from "./mail-texts.js";
import type { MailRecipient } from "./mail-recipient.js";

export interface CommentMailData {
  subjectType: "measure" | "measure_part" | "status_report";
  /** The measure's title (for a part or a report too). */
  title: string;
  /** The part's municipality, for a comment on a part. */
  organisationName: string | null;
  authorName: string;
  body: string;
  /** Where the comment is read in the portal. */
  path: string;
}

/** Someone commented on a measure, part or report the recipient's organisation is responsible for. */
export function commentMail(recipient: MailRecipient, data: CommentMailData, portalUrl?: string): RenderedMail {
  const texts = mailTexts(recipient.language);
  const { t } = texts;
  const subject = t(`comment.subjects.${data.subjectType}`, { title: data.title, organisation: data.organisationName ?? "" });
  return renderMail(texts, { recipientName: recipient.name, portalUrl, path: data.path }, t("comment.subject", { title: data.title }), [
    { kind: "paragraph", text: t("comment.intro", { author: data.authorName, subject }) },
    { kind: "quote", text: data.body },
  ]);
}
