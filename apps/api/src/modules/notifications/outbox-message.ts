import type { NewOutboxMessage, NoticeKind, NoticeRecipient } from "@samspill/db";
import type { Role } from "@samspill/domain";
import { readMailConfig } from "../../config/env.js";
import type { RenderedMail } from "../../mail/mail-layout.js";

/** Who writes the reports of an organisation, and so hears about them: its contributors, or the secretariat for the council's own. */
export const REPORTING_ROLES: readonly Role[] = ["municipality_contributor", "secretariat"];

/** The portal's address for links in e-mails; process configuration, the same for every request. */
export function portalUrl(): string | undefined {
  return readMailConfig().portalUrl;
}

/** An outbox row for one recipient of a rendered e-mail. */
export function outboxMessage(kind: NoticeKind, recipient: NoticeRecipient, mail: RenderedMail, dedupeKey?: string): NewOutboxMessage {
  return {
    kind,
    recipientId: recipient.userId,
    recipientEmail: recipient.email,
    language: recipient.language,
    subject: mail.subject,
    bodyText: mail.text,
    bodyHtml: mail.html,
    dedupeKey: dedupeKey ?? null,
  };
}
