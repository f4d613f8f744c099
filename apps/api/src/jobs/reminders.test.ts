import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureNotificationPreference, updateWithVersion } from "@samspill/db";
import { getTestDb } from "@samspill/db/testing";
import type { Mailer } from "../mail/mailer.js";
import { runReminderScan } from "./reminder-scan.js";
import { startSmtpCapture, type SmtpCapture } from "./testing/smtp-capture.js";
import { drainOutbox, futureYear, morningOf, norwegianCouncil, swedishMunicipality, testMailer } from "./testing/notice-fixtures.js";

// The daily reminder scan, read back from a real SMTP server: who gets a reminder, in which
// language, and that nobody gets one twice or against their wishes.

let smtp: SmtpCapture;
let mailer: Mailer;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  mailer = testMailer(smtp.url);
});
afterAll(async () => {
  mailer?.close();
  await smtp?.close();
});

describe("the reminder scan", () => {
  it("reminds a Stange contributor who has not reported, in Norwegian, and nobody who has", async () => {
    const year = futureYear();
    const place = await norwegianCouncil(year);
    const db = await getTestDb();
    const tooEarly = await runReminderScan(db, { now: morningOf(`${year}-05-07`) });
    await drainOutbox(mailer);
    expect(smtp.to(place.stangeContributor.email)).toEqual([]);
    expect(tooEarly.written).toBe(0);

    await runReminderScan(db, { now: morningOf(`${year}-05-08`), portalUrl: "https://samspill.example" });
    await drainOutbox(mailer);
    const [mail, ...more] = smtp.to(place.stangeContributor.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(`Påminnelse: rapportene for T1 ${year} skal leveres innen 15. mai ${year}`);
    expect(mail?.language).toBe("nb");
    expect(mail?.text).toContain("Hei Ola Nordmann,");
    expect(mail?.text).toContain(`Disse rapportene for ${place.stange.name} er ikke sendt inn ennå:`);
    expect(mail?.text).toContain(`- ${place.measure.title}`);
    expect(mail?.text).toContain("Åpne i Samspill: https://samspill.example/");
    expect(mail?.html).toContain(`<li>${place.measure.title}</li>`);
    // Hamar has submitted; the secretariat has no reports of its own in this period.
    expect(smtp.to(place.hamarContributor.email)).toEqual([]);
    expect(smtp.to(place.secretariat.email)).toEqual([]);
  });

  it("writes to a Vimmerby user in Swedish", async () => {
    const year = futureYear();
    const place = await swedishMunicipality(year);
    await runReminderScan(await getTestDb(), { now: morningOf(`${year + 1}-01-28`) });
    await drainOutbox(mailer);
    const [mail] = smtp.to(place.user.email);
    expect(mail?.subject).toBe(`Påminnelse: rapporterna för ${year} ska lämnas senast 31 januari ${year + 1}`);
    expect(mail?.language).toBe("sv");
    expect(mail?.text).toContain("Hej Anna Svensson,");
    expect(mail?.text).toContain(`De här rapporterna för ${place.vimmerby.name} har inte lämnats in än:`);
  });

  it("never reminds the same user twice for a period, however often it runs", async () => {
    const year = futureYear();
    const place = await norwegianCouncil(year);
    const db = await getTestDb();
    const first = await runReminderScan(db, { now: morningOf(`${year}-05-10`) });
    const again = await runReminderScan(db, { now: morningOf(`${year}-05-10`) });
    const nextDay = await runReminderScan(db, { now: morningOf(`${year}-05-11`) });
    await drainOutbox(mailer);
    expect(first.written).toBe(1);
    expect([again.written, nextDay.written]).toEqual([0, 0]);
    expect(smtp.to(place.stangeContributor.email)).toHaveLength(1);
    const rows = await db.selectFrom("notificationOutbox").select(["kind", "state", "dedupeKey"])
      .where("recipientId", "=", place.stangeContributor.id).execute();
    expect(rows).toEqual([{ kind: "reminder", state: "sent", dedupeKey: `reminder:${place.period.id}:${place.stangeContributor.id}` }]);
  });

  it("sends no reminder to someone who turned reminders off, and follows the council's lead time", async () => {
    const year = futureYear();
    const place = await norwegianCouncil(year);
    const db = await getTestDb();
    const preference = await ensureNotificationPreference(db, place.stangeContributor.id);
    await updateWithVersion(db, "notificationPreference", preference.id, preference.version, { reminders: false });
    const colleague = await (await import("@samspill/db/testing")).createUser(db, { organisationId: place.stange.id, role: "municipality_contributor" });
    await db.insertInto("reminderSetting").values({ councilId: place.council.id, daysBefore: 20 }).execute();

    await runReminderScan(db, { now: morningOf(`${year}-04-25`) });
    await drainOutbox(mailer);
    expect(smtp.to(place.stangeContributor.email)).toEqual([]);
    expect(smtp.to(colleague.email)).toHaveLength(1);
  });
});
