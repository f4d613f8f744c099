import { renderMail, type RenderedMail } from "./mail-layout.js";
import { mailTexts } from "./mail-texts.js";
import type { MailRecipient } from "./mail-recipient.js";

export interface ReviewMailData {
  outcome: "returned" | "approved";
  reportId: string;
  measureTitle: string;
  periodName: string;
  reviewerName: string;
  /** The secretariat's comment on a returned report. */
  comment: string | null;
}

/** To a report's author: the secretariat returned it (with what to fix) or approved it. */
export function reviewMail(recipient: MailRecipient, data: ReviewMailData, portalUrl?: string): RenderedMail {
  const texts = mailTexts(recipient.language);
  const { t } = texts;
  const params = { measure: data.measureTitle, period: data.periodName, reviewer: data.reviewerName };
  const frame = { recipientName: recipient.name, portalUrl, path: `/reports/${encodeURIComponent(data.reportId)}` };
  if (data.outcome === "approved") {
    return renderMail(texts, frame, t("approved.subject", params), [{ kind: "paragraph", text: t("approved.intro", params) }]);
  }
  return renderMail(texts, frame, t("returned.subject", params), [
    { kind: "paragraph", text: t("returned.intro", params) },
    { kind: "quote", text: data.comment ?? "" },
    { kind: "paragraph", text: t("returned.outro") },
  ]);
}
