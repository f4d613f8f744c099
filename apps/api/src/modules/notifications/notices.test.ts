import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCouncilWithMembers, createMeasure, createProgramme, createUser, getTestDb } from "@samspill/db/testing";
import type { Mailer } from "../../mail/mailer.js";
import { drainOutbox, testMailer } from "../../jobs/testing/notice-fixtures.js";
import { startSmtpCapture, type SmtpCapture } from "../../jobs/testing/smtp-capture.js";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { reportFixture } from "../reports/report-fixtures.js";

// Notices written with the change they report (returned, approved, commented), then sent to a
// real SMTP server by the outbox job.

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

async function councilWithPeople() {
  const db = await getTestDb();
  const world = await createCouncilWithMembers(db, { memberCount: 1 });
  const municipality = world.municipalities[0]!;
  const secretariat = await signedInUser("secretariat", world.council.id);
  const author = await signedInUser("municipality_contributor", municipality.id);
  return { ...world, municipality, secretariat, author };
}

async function outboxOf(userId: string) {
  const db = await getTestDb();
  return db.selectFrom("notificationOutbox").select(["kind", "subject", "language"]).where("recipientId", "=", userId).execute();
}

describe("review notices", () => {
  it("tell the author that the report was returned, with the comment, and then approved", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const db = await getTestDb();
    await db.updateTable("statusReport").set({ authorId: people.author.user.id }).where("id", "=", fixture.reportId).execute();
    const colleague = await createUser(db, { organisationId: people.municipality.id, role: "municipality_contributor" });

    const returned = await trpcMutation("reports.return", {
      id: fixture.reportId, version: fixture.reportVersion, comment: "Oppgi antall nye ladepunkter <i>i perioden</i>.",
    }, { cookie: people.secretariat.cookie });
    expect(returned.status, JSON.stringify(returned.body.error?.data)).toBe(200);
    await drainOutbox(mailer);
    const [mail] = smtp.to(people.author.user.email);
    expect(mail?.subject).toMatch(/^Rapporten din om Regional ladestruktur .* er returnert$/);
    expect(mail?.text).toContain("> Oppgi antall nye ladepunkter <i>i perioden</i>.");
    expect(mail?.html).toContain("Oppgi antall nye ladepunkter &#60;i&#62;i perioden&#60;/i&#62;.");
    expect(mail?.text).toContain(`${people.secretariat.user.name} har returnert statusrapporten din`);
    // To the author only: neither a colleague nor the reviewer.
    expect(await outboxOf(colleague.id)).toEqual([]);
    expect(await outboxOf(people.secretariat.user.id)).toEqual([]);

    const resubmitted = await trpcMutation("reports.submit", { id: fixture.reportId, version: fixture.reportVersion + 1 }, { cookie: people.author.cookie });
    expect(resubmitted.status).toBe(200);
    const approved = await trpcMutation("reports.approve", { id: fixture.reportId, version: fixture.reportVersion + 2 }, { cookie: people.secretariat.cookie });
    expect(approved.status, JSON.stringify(approved.body.error?.data)).toBe(200);
    await drainOutbox(mailer);
    expect(smtp.to(people.author.user.email).map((received) => received.subject)).toEqual([
      expect.stringMatching(/er returnert$/), expect.stringMatching(/^Rapporten din om Regional ladestruktur .* er godkjent$/),
    ]);
  });

  it("are written in the same transaction: a refused review writes none", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const db = await getTestDb();
    await db.updateTable("statusReport").set({ authorId: people.author.user.id }).where("id", "=", fixture.reportId).execute();
    const stale = await trpcMutation("reports.approve", { id: fixture.reportId, version: fixture.reportVersion + 5 }, { cookie: people.secretariat.cookie });
    expect(stale.status).toBe(409);
    expect(await outboxOf(people.author.user.id)).toEqual([]);
  });

  it("go to the organisation's contributors when the report has no known author, unless they turned them off", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const quiet = await signedInUser("municipality_contributor", people.municipality.id);
    const off = await trpcMutation("notifications.updatePreferences", {
      version: 1, reminders: true, reportReviews: false, comments: true, digest: true,
    }, { cookie: quiet.cookie });
    expect(off.status).toBe(200);
    await trpcMutation("reports.approve", { id: fixture.reportId, version: fixture.reportVersion }, { cookie: people.secretariat.cookie });
    expect(await outboxOf(people.author.user.id)).toEqual([expect.objectContaining({ kind: "report_approved", language: "nb" })]);
    expect(await outboxOf(quiet.user.id)).toEqual([]);
  });
});

describe("comment notices", () => {
  it("tell the measure's responsible organisation about a comment, never the commenter", async () => {
    const db = await getTestDb();
    const world = await createCouncilWithMembers(db, { memberCount: 1 });
    const municipality = world.municipalities[0]!;
    const { programme } = await createProgramme(db, { ownerId: world.council.id, focusAreaCount: 0 });
    const local = await createMeasure(db, { programmeId: programme.id, scope: "local", ownerId: municipality.id, title: "Unge i arbeid" });
    const contributor = await signedInUser("municipality_contributor", municipality.id);
    const other = await createUser(db, { organisationId: municipality.id, role: "municipality_contributor", language: "nn" });
    const secretariat = await signedInUser("secretariat", world.council.id);

    const added = await trpcMutation("comments.add", { subjectType: "measure", subjectId: local.id, body: "Hvor mange har fått lærlingplass?" }, { cookie: secretariat.cookie });
    expect(added.status, JSON.stringify(added.body.error?.data)).toBe(200);
    await drainOutbox(mailer);
    const [mail] = smtp.to(contributor.user.email);
    expect(mail?.subject).toBe("Ny kommentar til Unge i arbeid");
    expect(mail?.text).toContain(`${secretariat.user.name} har skrevet en kommentar til tiltaket Unge i arbeid:`);
    expect(mail?.text).toContain("> Hvor mange har fått lærlingplass?");
    expect(smtp.to(other.email)[0]?.text).toContain("har skrive ein kommentar til tiltaket Unge i arbeid");
    expect(await outboxOf(secretariat.user.id)).toEqual([]);

    // The contributor answers: the colleague hears of it, the contributor does not.
    await trpcMutation("comments.add", { subjectType: "measure", subjectId: local.id, body: "Tolv." }, { cookie: contributor.cookie });
    expect((await outboxOf(contributor.user.id)).map((row) => row.kind)).toEqual(["comment"]);
    expect((await outboxOf(other.id)).map((row) => row.kind)).toEqual(["comment", "comment"]);
  });
});
