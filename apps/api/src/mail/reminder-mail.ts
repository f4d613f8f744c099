import { renderMail, type RenderedMail } from "./mail-layout.js";
import { mailTexts } from "./mail-texts.js";
import type { MailRecipient } from "./mail-recipient.js";

export interface ReminderMailData {
  periodName: string;
  deadline: string;
  councilName: string;
  organisationName: string;
  items: ReadonlyArray<{ measureTitle: string; workflowStatus: "draft" | "returned" | null }>;
}

/** The reminder before a deadline: what the recipient's organisation has not submitted yet. */
export function reminderMail(recipient: MailRecipient, data: ReminderMailData, portalUrl?: string): RenderedMail {
  const texts = mailTexts(recipient.language);
  const { t } = texts;
  const deadline = texts.date(data.deadline);
  const itemKey = { draft: "reminder.itemDraft", returned: "reminder.itemReturned" } as const;
  return renderMail(texts, { recipientName: recipient.name, portalUrl, path: "/" }, t("reminder.subject", { period: data.periodName, deadline }), [
    {
      kind: "paragraph",
      text: t("reminder.intro", { period: data.periodName, council: data.councilName, deadline, organisation: data.organisationName }),
    },
    {
      kind: "list",
      items: data.items.map((item) =>
        t(item.workflowStatus ? itemKey[item.workflowStatus] : "reminder.item", { measure: item.measureTitle })),
    },
    { kind: "paragraph", text: t("reminder.outro") },
  ]);
}
