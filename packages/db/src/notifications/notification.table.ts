import type { Insertable, Selectable } from "kysely";
import type { Database } from "../client/database.js";

// Reminders and notices: each user's choices, each council's reminder lead time, and the outbox
// of e-mails written with the change they report and sent by a job.

/** What the outbox holds, one kind per reason to write. */
export const NOTICE_KINDS = ["reminder", "report_returned", "report_approved", "comment", "digest"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What a user can turn off; each notice kind belongs to one topic. */
export const NOTICE_TOPICS = ["reminders", "reportReviews", "comments", "digest"] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];

export const TOPIC_OF_KIND: Record<NoticeKind, NoticeTopic> = {
  reminder: "reminders",
  report_returned: "reportReviews",
  report_approved: "reportReviews",
  comment: "comments",
  digest: "digest",
};

/**
 * pending: not tried yet; sent: accepted by the SMTP server; failed: the last try failed (retried
 * while `nextAttemptAt` is set); held: kept here because no SMTP server is configured.
 */
export const OUTBOX_STATES = ["pending", "sent", "failed", "held"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Days before a deadline when no council has chosen otherwise. */
export const DEFAULT_REMINDER_DAYS = 7;

export type NotificationPreferenceRow = Selectable<Database["notificationPreference"]>;
export type ReminderSettingRow = Selectable<Database["reminderSetting"]>;

type OutboxSelectable = Selectable<Database["notificationOutbox"]>;
/** An outbox row with its text columns narrowed to what the checks allow. */
export type OutboxRow = Omit<OutboxSelectable, "kind" | "state" | "language"> & {
  kind: NoticeKind;
  state: OutboxState;
  language: "nb" | "nn" | "sv" | "en";
};
export type NewOutboxMessage = Omit<Insertable<Database["notificationOutbox"]>, "kind" | "language" | "state"> & {
  kind: NoticeKind;
  language: "nb" | "nn" | "sv" | "en";
};
