import { listDueOutboxMessages, markOutboxFailed, markOutboxHeld, markOutboxSent, type Db } from "@samspill/db";
import type { Mailer } from "../mail/mailer.js";

/** After this many failed tries a message stays failed for the admin to see. */
export const MAX_ATTEMPTS = 5;
/** Messages sent per run; the rest wait for the next minute. */
export const DELIVERY_BATCH = 100;

/** 1, 2, 4, 8 … minutes after the first, second, third … failure. */
export function retryDelayMs(failedAttempts: number): number {
  return 60_000 * 2 ** Math.max(0, failedAttempts - 1);
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  held: number;
}

/**
 * Sends what is due in the outbox. Without an SMTP server the messages are marked held: they
 * stay readable in the admin's outbox and are not sent. A failed send is retried with backoff.
 */
export async function deliverOutbox(db: Db, mailer: Mailer | undefined, now: Date): Promise<DeliveryResult> {
  const due = await listDueOutboxMessages(db, now, DELIVERY_BATCH);
  if (!mailer) {
    await markOutboxHeld(db, due.map((message) => message.id));
    return { sent: 0, failed: 0, held: due.length };
  }
  const result: DeliveryResult = { sent: 0, failed: 0, held: 0 };
  // All at once: the mailer's connection pool queues them over a few reused connections.
  await Promise.all(due.map(async (message) => {
    try {
      await mailer.send({
        to: message.recipientEmail, subject: message.subject, text: message.bodyText, html: message.bodyHtml, language: message.language,
      });
      await markOutboxSent(db, message.id, new Date());
      result.sent += 1;
    } catch (error) {
      const attempts = message.attempts + 1;
      const retryAt = attempts < MAX_ATTEMPTS ? new Date(now.getTime() + retryDelayMs(attempts)) : null;
      await markOutboxFailed(db, message.id, error instanceof Error ? error.message : String(error), retryAt);
      result.failed += 1;
    }
  }));
  return result;
}
