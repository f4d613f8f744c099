import {
  enqueueOutboxMessages, existingDedupeKeys, findOrganisationById, listNoticeRecipients,
  listOverdueReports, listReportingCouncilIds, listReportsAwaitingReview, type Db, type NoticeRecipient,
} from "@samspill/db";
import { localDate } from "@samspill/domain";
import { digestMail, type DigestMailData } from "../mail/digest-mail.js";
import { outboxMessage } from "../modules/notifications/outbox-message.js";
import type { JobClock } from "./reminder-scan.js";

/** The Monday of the week `today` falls in, which names the week's digest. */
export function weekOf(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export const digestKey = (week: string, userId: string): string => `digest:${week}:${userId}`;

async function digestData(db: Db, councilId: string, today: string): Promise<DigestMailData | undefined> {
  const [council, awaiting, overdue] = await Promise.all([
    findOrganisationById(db, councilId),
    listReportsAwaitingReview(db, councilId),
    listOverdueReports(db, councilId, today),
  ]);
  if (!council || (awaiting.length === 0 && overdue.length === 0)) return undefined;
  return { councilName: council.name, awaiting, overdue };
}

async function digestForCouncil(db: Db, councilId: string, recipients: NoticeRecipient[], clock: JobClock): Promise<number> {
  const today = localDate(clock.now);
  const week = weekOf(today);
  const sent = await existingDedupeKeys(db, recipients.map((recipient) => digestKey(week, recipient.userId)));
  const due = recipients.filter((recipient) => !sent.has(digestKey(week, recipient.userId)));
  if (due.length === 0) return 0;
  // Nothing waiting and nothing overdue: no e-mail, rather than one saying so every week.
  const data = await digestData(db, councilId, today);
  if (!data) return 0;
  const messages = due.map((recipient) =>
    outboxMessage("digest", recipient, digestMail(recipient, data, clock.portalUrl), digestKey(week, recipient.userId)));
  // One statement; the unique key keeps a second worker from writing the same digest again.
  return (await enqueueOutboxMessages(db, messages)).length;
}

/**
 * The weekly digest for each council's secretariat: reports awaiting review (and which came
 * late) and reports overdue, as the council dashboard counts them. One per user and week.
 */
export async function runWeeklyDigest(db: Db, clock: JobClock): Promise<{ written: number }> {
  const councilIds = await listReportingCouncilIds(db);
  const recipients = await listNoticeRecipients(db, "digest", { organisationIds: councilIds, roles: ["secretariat"] });
  const byCouncil = new Map<string, NoticeRecipient[]>();
  for (const recipient of recipients) {
    byCouncil.set(recipient.organisationId, [...(byCouncil.get(recipient.organisationId) ?? []), recipient]);
  }
  let written = 0;
  for (const [councilId, members] of byCouncil) written += await digestForCouncil(db, councilId, members, clock);
  return { written };
}
