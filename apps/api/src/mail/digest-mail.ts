import { renderMail, type MailBlock, type RenderedMail } from "./mail-layout.js";
import { mailTexts, type MailTranslate } from "./mail-texts.js";
import type { MailRecipient } from "./mail-recipient.js";

export interface DigestItem {
  measureTitle: string;
  organisationName: string;
  periodName: string;
  late?: boolean;
}

export interface DigestMailData {
  councilName: string;
  awaiting: readonly DigestItem[];
  overdue: readonly DigestItem[];
}

/** Each list shows this many lines and says how many more there are; the portal has the rest. */
export const DIGEST_LIST_LIMIT = 15;

function list(t: MailTranslate, items: readonly DigestItem[]): MailBlock[] {
  if (items.length === 0) return [];
  const lines = items.slice(0, DIGEST_LIST_LIMIT).map((item) =>
    t(item.late ? "digest.itemLate" : "digest.item", { measure: item.measureTitle, organisation: item.organisationName, period: item.periodName }));
  if (items.length > DIGEST_LIST_LIMIT) lines.push(t("digest.more", { count: items.length - DIGEST_LIST_LIMIT }));
  return [{ kind: "list", items: lines }];
}

/** The secretariat's weekly summary: reports awaiting review (and how many came late), and overdue ones. */
export function digestMail(recipient: MailRecipient, data: DigestMailData, portalUrl?: string): RenderedMail {
  const texts = mailTexts(recipient.language);
  const { t } = texts;
  const late = data.awaiting.filter((item) => item.late).length;
  return renderMail(texts, { recipientName: recipient.name, portalUrl, path: "/reports/queue" }, t("digest.subject", { council: data.councilName }), [
    { kind: "paragraph", text: t("digest.intro", { council: data.councilName }) },
    { kind: "heading", text: t("digest.awaiting", { count: data.awaiting.length }) },
    ...(late > 0 ? [{ kind: "paragraph" as const, text: t("digest.late", { count: late }) }] : []),
    ...list(t, data.awaiting),
    { kind: "heading", text: t("digest.overdue", { count: data.overdue.length }) },
    ...list(t, data.overdue),
  ]);
}
