import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStatusReport, createUser, getTestDb } from "@samspill/db/testing";
import type { Mailer } from "../mail/mailer.js";
import { startSmtpCapture, type SmtpCapture } from "./testing/smtp-capture.js";
import { drainOutbox, futureYear, morningOf, norwegianCouncil, testMailer } from "./testing/notice-fixtures.js";
import { runWeeklyDigest, weekOf } from "./weekly-digest.js";

// The secretariat's weekly digest: reports awaiting review (and which came late), overdue ones.

const daysAfter = (isoDay: string, days: number) => new Date(Date.parse(isoDay) + days * 86_400_000).toISOString().slice(0, 10);

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

describe("weekOf", () => {
  it("names a week by its Monday", () => {
    expect(weekOf("2026-11-24")).toBe("2026-11-23");
    expect(weekOf("2026-11-23")).toBe("2026-11-23");
    expect(weekOf("2026-11-29")).toBe("2026-11-23");
  });
});

describe("the weekly digest", () => {
  it("tells the secretariat what awaits review, what came late and what is overdue, once a week", async () => {
    const year = futureYear();
    const place = await norwegianCouncil(year);
    const db = await getTestDb();
    // Hamar's submitted report came in after the deadline; Stange has not reported.
    await db.updateTable("statusReport").set({ late: true, submittedAt: new Date(`${year}-05-20T10:00:00Z`) })
      .where("partId", "=", place.hamarPart.id).execute();
    const quiet = await createUser(db, { organisationId: place.council.id, role: "secretariat" });
    await db.insertInto("notificationPreference").values({ userId: quiet.id, digest: false }).execute();

    // A random year: take that week's Monday so "later that week" and "next week" hold.
    const week = weekOf(`${year}-06-02`);
    const monday = morningOf(week);
    const first = await runWeeklyDigest(db, { now: monday });
    expect(first.written).toBeGreaterThanOrEqual(1);
    await drainOutbox(mailer);
    const [mail, ...more] = smtp.to(place.secretariat.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(`Ukesoppsummering for ${place.council.name}`);
    expect(mail?.text).toContain("Sendt inn og venter på behandling: 1");
    expect(mail?.text).toContain("Av disse sendt inn etter fristen: 1");
    expect(mail?.text).toContain(`- ${place.measure.title} – ${place.hamar.name} (T1 ${year}, levert for sent)`);
    expect(mail?.text).toContain("Forsinket, ikke sendt inn: 1");
    expect(mail?.text).toContain(`- ${place.measure.title} – ${place.stange.name} (T1 ${year})`);
    expect(smtp.to(quiet.email)).toEqual([]);
    // Contributors get no digest.
    expect(smtp.to(place.stangeContributor.email)).toEqual([]);

    await runWeeklyDigest(db, { now: morningOf(daysAfter(week, 3)) });
    await drainOutbox(mailer);
    expect(smtp.to(place.secretariat.email)).toHaveLength(1);
    await runWeeklyDigest(db, { now: morningOf(daysAfter(week, 7)) });
    await drainOutbox(mailer);
    expect(smtp.to(place.secretariat.email)).toHaveLength(2);
  });

  it("writes nothing when nothing awaits review and nothing is overdue", async () => {
    const year = futureYear();
    const place = await norwegianCouncil(year);
    const db = await getTestDb();
    await db.updateTable("statusReport").set({ workflowStatus: "approved", reviewedAt: new Date() }).where("partId", "=", place.hamarPart.id).execute();
    await createStatusReport(db, {
      measureId: place.measure.id, partId: place.stangePart.id, periodId: place.period.id, organisationId: place.stange.id,
      workflowStatus: "approved", submittedAt: `${year}-05-10T10:00:00Z`, reviewedAt: `${year}-05-12T10:00:00Z`,
    });
    await runWeeklyDigest(db, { now: morningOf(`${year}-06-02`) });
    const rows = await db.selectFrom("notificationOutbox").select("id").where("recipientId", "=", place.secretariat.id).execute();
    expect(rows).toEqual([]);
  });
});
