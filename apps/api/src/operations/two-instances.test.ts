import { sql } from "kysely";
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@samspill/db";
import { uniqueEmail } from "@samspill/db/testing";
import { JOB_NAMES } from "../jobs/start-jobs.js";
import { startSmtpCapture, type SmtpCapture } from "../jobs/testing/smtp-capture.js";
import { councilDueForReminders, PASSWORD } from "./support/fixtures.js";
import { signIn, trpcData, trpcGet, trpcPost } from "./support/http.js";
import { startInstance, type Instance } from "./support/instance.js";
import { runLoad, statusCounts } from "./support/load.js";
import { startNginx, type Proxy } from "./support/nginx.js";
import { freshDatabase, type FreshDatabase } from "./support/postgres.js";

// Two production instances on one PostgreSQL database behind Debian's nginx, as README's
// "Operating Samspill" describes: started at the same moment on an empty database, sharing
// sessions, sign-in limits and the job queue, and one killed under load.

const PORTS = { proxy: 3510, a: 3511, b: 3512, smtp: 3513 };

let database: FreshDatabase;
let db: Db;
let smtp: SmtpCapture;
let a: Instance;
let b: Instance;
let proxy: Proxy;
let place: Awaited<ReturnType<typeof councilDueForReminders>>;

beforeAll(async () => {
  database = await freshDatabase("two_instances");
  smtp = await startSmtpCapture({ port: PORTS.smtp });
  const env = { SAMSPILL_SMTP_URL: smtp.url, SAMSPILL_SECURE_COOKIES: "false" };
  // At the same moment, on an empty database: both migrate, one waits for the other's lock.
  a = startInstance({ port: PORTS.a, databaseUrl: database.url, env });
  b = startInstance({ port: PORTS.b, databaseUrl: database.url, env });
  await Promise.all([a.ready(), b.ready()]);
  proxy = await startNginx(PORTS.proxy, [PORTS.a, PORTS.b]);
  db = createDb({ databaseUrl: database.url, poolSize: 2 });
  place = await councilDueForReminders(db);
}, 120_000);

afterAll(async () => {
  await proxy?.stop();
  await Promise.all([a?.kill("SIGTERM"), b?.kill("SIGTERM")]);
  await smtp?.close();
  await db?.destroy();
  await database?.drop();
});

describe("two instances behind nginx on one database", () => {
  it("both migrated the empty database at once: every migration applied once, neither failed", async () => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(applied.rows.length).toBeGreaterThan(0);
    expect(new Set(applied.rows.map((row) => row.name)).size).toBe(applied.rows.length);
    for (const instance of [a, b]) expect(instance.log.filter((line) => /"level":(50|60)/.test(line))).toEqual([]);
  });

  it("a session begun through the proxy works on each instance directly", async () => {
    const cookie = await signIn(proxy.url, place.secretariat.email, PASSWORD);
    // Plain HTTP on 127.0.0.1: the cookie is not `__Host-` (Secure); behind HTTPS it would be.
    expect(cookie).toMatch(/^samspill_session=/);
    for (const instance of [a, b]) {
      const me = await trpcData<{ email: string } | null>(await trpcGet(instance.url, "auth.me", undefined, cookie));
      expect([instance.port, me?.email]).toEqual([instance.port, place.secretariat.email]);
    }
  });

  it("counts wrong passwords together, whichever instance they reach", async () => {
    const email = uniqueEmail();
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const instance = attempt % 2 === 0 ? a : b;
      statuses.push((await trpcPost(instance.url, "auth.signIn", { email, password: "wrong" })).status);
    }
    // Five failures per account and address, in all: each instance alone has seen only three.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("writes each due reminder once and sends it once, though the job is run on both instances", async () => {
    const boss = new PgBoss({ connectionString: database.url, schema: "pgboss", max: 2 });
    await boss.start();
    try {
      // As at 06:00 on two instances whose schedules both fired: the scan is queued twice.
      const scans = await Promise.all([boss.send(JOB_NAMES.reminders, {}), boss.send(JOB_NAMES.reminders, {})]);
      await waitForJobs(boss, JOB_NAMES.reminders, scans);
      const deliveries = await Promise.all([boss.send(JOB_NAMES.deliver, {}), boss.send(JOB_NAMES.deliver, {})]);
      await waitForJobs(boss, JOB_NAMES.deliver, deliveries);
    } finally {
      await boss.stop({ graceful: false });
    }
    const outbox = await db.selectFrom("notificationOutbox").select(["recipientEmail", "state"]).where("kind", "=", "reminder").execute();
    const recipients = place.contributors.map((user) => user.email).sort();
    expect(outbox.map((row) => row.recipientEmail).sort()).toEqual(recipients);
    expect(outbox.every((row) => row.state === "sent")).toBe(true);
    expect(recipients.map((email) => [email, smtp.to(email).length])).toEqual(recipients.map((email) => [email, 1]));
    expect(smtp.to(place.secretariat.email)).toEqual([]);
  });

  it("loses no request when one instance is killed under load: nginx sends it to the other", async () => {
    const cookie = await signIn(proxy.url, place.secretariat.email, PASSWORD);
    const before = proxy.requests().length;
    const answers = await runLoad({
      concurrency: 10,
      durationMs: 10_000,
      request: () => trpcGet(proxy.url, "programmes.list", undefined, cookie),
      during: { atMs: 3_000, act: () => b.kill("SIGKILL") },
    });
    const logged = proxy.requests().slice(before);
    const counts = statusCounts(answers);
    process.stdout.write(`load through nginx, instance B killed at 3 s: ${answers.length} requests, statuses ${JSON.stringify(counts)}\n`);
    expect(answers.length).toBeGreaterThan(100);
    expect(counts).toEqual({ 200: answers.length });
    // Both instances served until one was killed; nginx then tried it, failed, and answered from the other.
    expect(logged.some((line) => line.startsWith(`127.0.0.1:${PORTS.b} `))).toBe(true);
    expect(logged.some((line) => line.startsWith(`127.0.0.1:${PORTS.a} `))).toBe(true);
    expect(proxy.errors()).toMatch(/connect\(\) failed|upstream prematurely closed|reset by peer/);
    expect((await trpcGet(proxy.url, "auth.me", undefined, cookie)).status).toBe(200);
  });
});

/** Waits until every job is done; a failed one fails the test with its output. */
async function waitForJobs(boss: PgBoss, name: string, ids: Array<string | null>): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const jobs = await Promise.all(ids.map((id) => boss.getJobById(name, id ?? "")));
    const failed = jobs.find((job) => job?.state === "failed");
    if (failed) throw new Error(`${name} failed: ${JSON.stringify(failed.output)}`);
    if (jobs.every((job) => job?.state === "completed")) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not finish within 30 s`);
}
