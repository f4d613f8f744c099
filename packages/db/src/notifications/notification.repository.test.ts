import { describe, expect, it } from "vitest";
import {
  createCouncilWithMembers, createMeasure, createMeasurePart, createOrganisation, createProgramme, createReportingPeriod,
  createStatusReport, createUser, getTestDb, uniqueEmail,
} from "../testing/index.js";
import { enqueueOutboxMessages, existingDedupeKeys, listDueOutboxMessages, markOutboxFailed, markOutboxSent } from "./outbox.repository.js";
import { ensureNotificationPreference } from "./preference.repository.js";
import { listNoticeRecipients } from "./recipient.repository.js";
import { ensureReminderSetting } from "./reminder-setting.repository.js";
import { listOutstandingReports, listPeriodsDueForReminder } from "./reminder.repository.js";

function message(email: string, dedupeKey: string | null = null) {
  return {
    kind: "comment" as const, recipientEmail: email, language: "nb" as const, subject: "Emne",
    bodyText: "Tekst", bodyHtml: "<p>Tekst</p>", dedupeKey,
  };
}

describe("listNoticeRecipients", () => {
  it("writes in the user's language, else the organisation's, and leaves out who turned the topic off", async () => {
    const db = await getTestDb();
    const swedish = await createOrganisation(db, { kind: "municipality", country: "SE" });
    const plain = await createUser(db, { organisationId: swedish.id, role: "municipality_contributor" });
    const english = await createUser(db, { organisationId: swedish.id, role: "municipality_contributor", language: "en" });
    const quiet = await createUser(db, { organisationId: swedish.id, role: "municipality_contributor" });
    const member = await createUser(db, { organisationId: swedish.id, role: "council_member" });
    await createUser(db, { organisationId: swedish.id, role: "municipality_contributor", active: false });
    const preference = await ensureNotificationPreference(db, quiet.id);
    await db.updateTable("notificationPreference").set({ comments: false }).where("id", "=", preference.id).execute();

    const filter = { organisationIds: [swedish.id], roles: ["municipality_contributor"] as const };
    const recipients = await listNoticeRecipients(db, "comments", filter);
    expect(new Map(recipients.map((r) => [r.userId, r.language]))).toEqual(new Map([[plain.id, "sv"], [english.id, "en"]]));
    expect(recipients.every((r) => r.country === "SE")).toBe(true);
    // The topic decides: the same user still gets reminders.
    expect((await listNoticeRecipients(db, "reminders", filter)).map((r) => r.userId)).toContain(quiet.id);
    const others = await listNoticeRecipients(db, "comments", { organisationIds: [swedish.id], excludeUserId: plain.id });
    expect(others.map((r) => r.userId).sort()).toEqual([english.id, member.id].sort());
    expect(await listNoticeRecipients(db, "comments", {})).toEqual([]);
    expect(await listNoticeRecipients(db, "comments", { organisationIds: [] })).toEqual([]);
  });
});

describe("the outbox", () => {
  it("writes a deduplicated message once and hands due messages to the sender", async () => {
    const db = await getTestDb();
    const email = uniqueEmail();
    const key = `test:${email}`;
    const [first] = await enqueueOutboxMessages(db, [message(email, key)]);
    expect(first?.state).toBe("pending");
    expect(await enqueueOutboxMessages(db, [message(email, key)])).toEqual([]);
    expect(await existingDedupeKeys(db, [key, `${key}:other`])).toEqual(new Set([key]));

    const due = await listDueOutboxMessages(db, new Date(Date.now() + 1000), 10_000);
    expect(due.map((row) => row.id)).toContain(first!.id);
    await markOutboxFailed(db, first!.id, "connection refused", new Date(Date.now() + 60_000));
    const later = await listDueOutboxMessages(db, new Date(Date.now() + 1000), 10_000);
    expect(later.map((row) => row.id)).not.toContain(first!.id);
    await markOutboxSent(db, first!.id, new Date());
    const sent = await db.selectFrom("notificationOutbox").selectAll().where("id", "=", first!.id).executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ state: "sent", attempts: 2, lastError: null, nextAttemptAt: null });
  });
});

describe("reminders", () => {
  it("finds periods within the council's lead time and what is still with its authors", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 3 });
    const [done, drafting, missing] = municipalities;
    const { programme } = await createProgramme(db, {
      ownerId: council.id, status: "adopted", periodStart: "2040-01-01", periodEnd: "2041-12-31", focusAreaCount: 0,
    });
    const measure = await createMeasure(db, { programmeId: programme.id });
    const parts = [];
    for (const municipality of [done!, drafting!, missing!]) {
      parts.push(await createMeasurePart(db, { measureId: measure.id, municipalityId: municipality.id }));
    }
    const period = await createReportingPeriod(db, {
      councilId: council.id, periodStart: "2040-01-01", periodEnd: "2040-12-31", deadline: "2041-01-31",
    });
    await createStatusReport(db, { measureId: measure.id, partId: parts[0]!.id, periodId: period.id, organisationId: done!.id, workflowStatus: "submitted" });
    await createStatusReport(db, { measureId: measure.id, partId: parts[1]!.id, periodId: period.id, organisationId: drafting!.id });

    const ours = async (today: string) => (await listPeriodsDueForReminder(db, today)).filter((p) => p.councilId === council.id);
    expect(await ours("2041-01-23")).toEqual([]);
    expect((await ours("2041-01-24")).map((p) => [p.id, p.daysBefore, p.councilName])).toEqual([[period.id, 7, council.name]]);
    expect(await ours("2041-02-01")).toEqual([]);
    const setting = await ensureReminderSetting(db, council.id);
    await db.updateTable("reminderSetting").set({ daysBefore: 14 }).where("id", "=", setting.id).execute();
    expect((await ours("2041-01-17")).map((p) => p.daysBefore)).toEqual([14]);

    const outstanding = await listOutstandingReports(db, period);
    expect(new Map(outstanding.map((item) => [item.organisationId, item.workflowStatus]))).toEqual(
      new Map([[drafting!.id, "draft"], [missing!.id, null]]),
    );
  });
});
