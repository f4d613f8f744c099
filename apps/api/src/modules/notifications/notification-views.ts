import type { NotificationPreferenceRow, OutboxListItem, OutboxRow, ReminderSettingRow } from "@samspill/db";
import { instant } from "../../trpc/instant.js";

// What the notification procedures answer: plain values, dates as ISO strings.

export function preferencesView(row: Pick<NotificationPreferenceRow, "reminders" | "reportReviews" | "comments" | "digest" | "version">) {
  return { reminders: row.reminders, reportReviews: row.reportReviews, comments: row.comments, digest: row.digest, version: row.version };
}

/** Every kind is on until the user changes something; the row made then starts at version 1. */
export const DEFAULT_PREFERENCES = { reminders: true, reportReviews: true, comments: true, digest: true, version: 1 };

export function reminderSettingView(councilId: string, row: Pick<ReminderSettingRow, "daysBefore" | "version">) {
  return { councilId, daysBefore: row.daysBefore, version: row.version };
}


export function outboxItemView(row: OutboxListItem) {
  return {
    id: row.id,
    kind: row.kind,
    recipientEmail: row.recipientEmail,
    language: row.language,
    subject: row.subject,
    state: row.state,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: instant(row.nextAttemptAt),
    sentAt: instant(row.sentAt),
    createdAt: instant(row.createdAt),
  };
}

/** One message to read: the plain-text body only, so the portal never renders e-mail HTML. */
export function outboxMessageView(row: OutboxRow) {
  return { ...outboxItemView(row), bodyText: row.bodyText };
}
