import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueOutboxMessages } from "@samspill/db";
import { getTestDb, uniqueEmail } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../testing/harness.js";
import { MAX_ATTEMPTS, retryDelayMs } from "./deliver-outbox.js";
import { startSmtpCapture, type SmtpCapture } from "./testing/smtp-capture.js";
import { drainOutbox, testMailer } from "./testing/notice-fixtures.js";

// Sending the outbox: without SMTP the messages stay for the admin to read; a failing server
// is retried with backoff until the message is given up as failed.

async function pendingMessage(email = uniqueEmail()) {
  const [row] = await enqueueOutboxMessages(await getTestDb(), [{
    kind: "report_returned", recipientEmail: email, language: "sv", subject: "Din rapport om Laddinfrastruktur har återsänts",
    bodyText: "Hej Anna,\n\n> Ange antalet laddpunkter.", bodyHtml: "<p>Hej Anna,</p>",
  }]);
  return row!;
}

const stateOf = async (id: string) =>
  (await getTestDb()).selectFrom("notificationOutbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

let smtp: SmtpCapture;
const refused = uniqueEmail("refused");
beforeAll(async () => {
  smtp = await startSmtpCapture({ rejectTo: [refused] });
});
afterAll(async () => {
  await smtp?.close();
});

describe("without an SMTP server", () => {
  it("keeps messages in the outbox as not sent, for the admin alone to read", async () => {
    const message = await pendingMessage();
    await drainOutbox(undefined);
    expect(await stateOf(message.id)).toMatchObject({ state: "held", sentAt: null, nextAttemptAt: null });

    const admin = await signedInUser("admin");
    const list = await trpcQuery("notifications.listOutbox", { state: "held", kind: "report_returned", limit: 200 }, { cookie: admin.cookie });
    expect(list.status).toBe(200);
    const items = (list.body.result?.data as { items: Array<Record<string, unknown>> }).items;
    expect(items.find((item) => item.id === message.id)).toMatchObject({
      recipientEmail: message.recipientEmail, subject: message.subject, kind: "report_returned", state: "held", language: "sv",
    });
    const read = await trpcQuery("notifications.getOutboxMessage", { id: message.id }, { cookie: admin.cookie });
    expect(read.body.result?.data).toMatchObject({ subject: message.subject, bodyText: message.bodyText, state: "held" });
    expect(read.body.result?.data).not.toHaveProperty("bodyHtml");

    const secretariat = await signedInUser("secretariat");
    expect((await trpcQuery("notifications.getOutboxMessage", { id: message.id }, { cookie: secretariat.cookie })).status).toBe(403);
    expect((await trpcQuery("notifications.listOutbox", {}, { cookie: secretariat.cookie })).status).toBe(403);
    expect((await trpcQuery("notifications.listOutbox", {})).status).toBe(404);
  });
});

describe("with an SMTP server", () => {
  it("sends pending messages once and marks them sent", async () => {
    const mailer = testMailer(smtp.url);
    const message = await pendingMessage();
    await drainOutbox(mailer);
    await drainOutbox(mailer);
    mailer.close();
    expect(smtp.to(message.recipientEmail)).toEqual([expect.objectContaining({
      subject: message.subject, language: "sv", text: expect.stringContaining("> Ange antalet laddpunkter."),
    })]);
    expect(await stateOf(message.id)).toMatchObject({ state: "sent", attempts: 1, lastError: null });
  });

  it("retries a refused message with growing delays and gives up after the last attempt", async () => {
    const mailer = testMailer(smtp.url);
    const message = await pendingMessage(refused);
    // A second on: the database keeps microseconds, a Date only milliseconds, so "now" taken in
    // the same millisecond as the insert could fall just before the message is due.
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await drainOutbox(mailer, now);
      const row = await stateOf(message.id);
      expect(row).toMatchObject({ state: "failed", attempts: attempt });
      expect(row.lastError).toMatch(/550|mailbox unavailable/);
      if (attempt < MAX_ATTEMPTS) {
        expect(row.nextAttemptAt?.getTime()).toBe(now.getTime() + retryDelayMs(attempt));
        // Not before its time …
        await drainOutbox(mailer, new Date(now.getTime() + retryDelayMs(attempt) - 1000));
        expect((await stateOf(message.id)).attempts).toBe(attempt);
        now = row.nextAttemptAt!;
      } else {
        expect(row.nextAttemptAt).toBeNull();
      }
    }
    // … and never again once given up.
    await drainOutbox(mailer, new Date(now.getTime() + 24 * 3600_000));
    expect((await stateOf(message.id)).attempts).toBe(MAX_ATTEMPTS);
    mailer.close();
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
  });
});
