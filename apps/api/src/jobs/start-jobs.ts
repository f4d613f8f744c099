import { embeddedPglite, type Db } from "@samspill/db";
import { fromPglite, PgBoss } from "pg-boss";
import type { MailConfig } from "../config/env.js";
import { createMailer, type Mailer } from "../mail/mailer.js";
import type { StatisticsClients } from "@samspill/statistics";
import { deliverOutbox } from "./deliver-outbox.js";
import { runReminderScan } from "./reminder-scan.js";
import { scheduleStatisticsImport } from "./statistics-import.js";
import { runWeeklyDigest } from "./weekly-digest.js";

// The job worker: pg-boss keeps its queue and schedules in PostgreSQL itself (its own schema,
// on the server or in the embedded database), so reminders need no other infrastructure.
// Instances sharing a database share them too: each schedule's occurrence is claimed once in
// the database, and the singleton queues run one job of a kind at a time across all instances
// (`src/operations/two-instances.test.ts`).

export const JOB_NAMES = {
  reminders: "samspill-reminder-scan",
  digest: "samspill-weekly-digest",
  deliver: "samspill-deliver-outbox",
} as const;

/** Cron in Norwegian/Swedish local time: reminders each morning, the digest on Monday morning, sending every minute. */
export const SCHEDULES: Record<keyof typeof JOB_NAMES, string> = {
  reminders: "0 6 * * *",
  digest: "0 7 * * 1",
  deliver: "* * * * *",
};
export const SCHEDULE_TIME_ZONE = "Europe/Oslo";

export interface JobsOptions {
  db: Db;
  /** The server's URL when the database is a server; the embedded database is reached through `db`. */
  databaseUrl?: string | undefined;
  mail: MailConfig;
  /** pg-boss's schema; tests use their own so they never meet a running worker's jobs. */
  schema?: string;
  now?: () => Date;
  onError?: (error: Error) => void;
  /** SSB and Kolada: with them, bound indicators are also imported daily (statistics-import.ts). */
  statistics?: StatisticsClients;
}

export interface Jobs {
  boss: PgBoss;
  mailer: Mailer | undefined;
  stop: () => Promise<void>;
}

function createBoss(options: JobsOptions): PgBoss {
  const schema = options.schema ?? "pgboss";
  const pglite = embeddedPglite(options.db);
  if (pglite) return new PgBoss({ db: fromPglite(pglite), backend: "pglite", schema });
  if (!options.databaseUrl) throw new Error("The job worker needs the database URL of a server database");
  return new PgBoss({ connectionString: options.databaseUrl, schema, max: 3 });
}

/** Starts pg-boss, the three schedules and their workers; `stop` lets running jobs finish. */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const { db, mail } = options;
  const now = options.now ?? (() => new Date());
  const boss = createBoss(options);
  boss.on("error", (error: Error) => (options.onError ?? ((e) => console.error("[jobs]", e.message)))(error));
  await boss.start();
  const mailer = createMailer(mail);
  const handlers: Record<keyof typeof JOB_NAMES, () => Promise<unknown>> = {
    reminders: () => runReminderScan(db, { now: now(), portalUrl: mail.portalUrl }),
    digest: () => runWeeklyDigest(db, { now: now(), portalUrl: mail.portalUrl }),
    deliver: () => deliverOutbox(db, mailer, now()),
  };
  for (const key of Object.keys(JOB_NAMES) as Array<keyof typeof JOB_NAMES>) {
    const name = JOB_NAMES[key];
    // One run at a time per job; a failed run is retried with backoff (the outbox keys make a rerun harmless).
    await boss.createQueue(name, { policy: "singleton", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 });
    await boss.work(name, async () => {
      await handlers[key]();
    });
    await boss.schedule(name, SCHEDULES[key], null, { tz: SCHEDULE_TIME_ZONE });
  }
  if (options.statistics) {
    await scheduleStatisticsImport(boss, {
      db, statistics: options.statistics, now, timeZone: SCHEDULE_TIME_ZONE,
      onFailed: (failed) => options.onError?.(new Error(`statistics import failed for ${failed.join("; ")}`)),
    });
  }
  return {
    boss,
    mailer,
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 20_000 });
      mailer?.close();
    },
  };
}
