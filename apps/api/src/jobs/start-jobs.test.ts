import { describe, expect, it } from "vitest";
import { enqueueOutboxMessages } from "@samspill/db";
import { getTestDb, uniqueEmail } from "@samspill/db/testing";
import { startSmtpCapture } from "./testing/smtp-capture.js";
import { JOB_NAMES, SCHEDULES, startJobs } from "./start-jobs.js";

// The worker for real: pg-boss on the run's database (embedded PGlite, or the server with
// DATABASE_URL), in a schema of its own, schedules the jobs and runs one that sends the outbox.

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the job worker", () => {
  it("schedules the jobs in pg-boss, runs the sending job, and stops cleanly", async () => {
    const db = await getTestDb();
    const smtp = await startSmtpCapture();
    const jobs = await startJobs({
      db, databaseUrl: process.env.DATABASE_URL || undefined, schema: "pgboss_test",
      mail: { smtpUrl: smtp.url, from: "Samspill <noreply@test.samspill.invalid>", portalUrl: undefined },
    });
    try {
      const schedules = await jobs.boss.getSchedules();
      expect(new Map(schedules.map((schedule) => [schedule.name, [schedule.cron, schedule.timezone]]))).toEqual(new Map([
        [JOB_NAMES.reminders, [SCHEDULES.reminders, "Europe/Oslo"]],
        [JOB_NAMES.digest, [SCHEDULES.digest, "Europe/Oslo"]],
        [JOB_NAMES.deliver, [SCHEDULES.deliver, "Europe/Oslo"]],
      ]));

      const email = uniqueEmail();
      const [message] = await enqueueOutboxMessages(db, [{
        kind: "comment", recipientEmail: email, language: "nb", subject: "Ny kommentar til Regional ladestruktur",
        bodyText: "Hei,\n\n> Bra.", bodyHtml: "<p>Hei,</p>",
      }]);
      await jobs.boss.send(JOB_NAMES.deliver, {});
      await until(async () => smtp.to(email).length > 0);
      await until(async () => (await db.selectFrom("notificationOutbox").select("state").where("id", "=", message!.id).executeTakeFirstOrThrow()).state === "sent");
    } finally {
      await jobs.stop();
      await smtp.close();
    }
    // The database the tests share is still open: stopping the worker leaves it to its owner.
    expect(await db.selectFrom("notificationOutbox").select("id").limit(1).execute()).toHaveLength(1);
  });
});
