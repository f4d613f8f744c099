import {
  enqueueOutboxMessages, existingDedupeKeys, inTransaction, listNoticeRecipients, listOutstandingReports,
  listPeriodsDueForReminder, type Db, type ReminderPeriod,
} from "@samspill/db";
import { groupBy, localDate } from "@samspill/domain";
import { reminderMail } from "../mail/reminder-mail.js";
import { outboxMessage, REPORTING_ROLES } from "../modules/notifications/outbox-message.js";

export interface JobClock {
  now: Date;
  /** The portal's address for links; none leaves the e-mails without links. */
  portalUrl?: string | undefined;
}

/** One reminder per user and period, ever: the outbox's unique key records that it was written. */
export const reminderKey = (periodId: string, userId: string): string => `reminder:${periodId}:${userId}`;


async function remindForPeriod(db: Db, period: ReminderPeriod, clock: JobClock): Promise<number> {
  return inTransaction(db, async (trx) => {
    const groups = groupBy(await listOutstandingReports(trx, period), (item) => item.organisationId);
    if (groups.size === 0) return 0;
    const recipients = await listNoticeRecipients(trx, "reminders", { organisationIds: [...groups.keys()], roles: REPORTING_ROLES });
    const sent = await existingDedupeKeys(trx, recipients.map((recipient) => reminderKey(period.id, recipient.userId)));
    const messages = recipients
      .filter((recipient) => !sent.has(reminderKey(period.id, recipient.userId)))
      .map((recipient) => {
        const items = groups.get(recipient.organisationId) ?? [];
        const mail = reminderMail(recipient, {
          periodName: period.name, deadline: period.deadline, councilName: period.councilName,
          organisationName: items[0]?.organisationName ?? "", items,
        }, clock.portalUrl);
        return outboxMessage("reminder", recipient, mail, reminderKey(period.id, recipient.userId));
      });
    return (await enqueueOutboxMessages(trx, messages)).length;
  });
}

/**
 * The daily scan: for every period whose deadline is within its council's lead time, each user
 * who writes reports for an organisation with reports still outstanding (and has not turned
 * reminders off) gets one reminder listing them. Running it again writes nothing new.
 */
export async function runReminderScan(db: Db, clock: JobClock): Promise<{ written: number }> {
  const periods = await listPeriodsDueForReminder(db, localDate(clock.now));
  let written = 0;
  for (const period of periods) written += await remindForPeriod(db, period, clock);
  return { written };
}
