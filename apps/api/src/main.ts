import { createDb, DataDirInUseError, isDatabaseUnavailable, migrateToLatest, type Db } from "@samspill/db";
import { createStatisticsClients } from "@samspill/statistics";
import { DEMO_USERS, loadDemoData } from "@samspill/db/demo";
import { readConfig } from "./config/env.js";
import { buildServer } from "./http/server.js";
import { startJobs } from "./jobs/start-jobs.js";

// Start-up: configuration, listen (live, not yet ready), database migrated on every start, demo
// data on the embedded database, the job worker, then ready. Everything else lives in
// buildServer() so tests need no port.
const config = readConfig();
const db = openDatabase();

// One pair of clients for "Import now" and the daily import, so SSB's pacing counts both.
const statistics = createStatisticsClients(config.statistics);
const readiness = { ready: false };
const app = await buildServer({
  db,
  webDist: config.webDist,
  logger: true,
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  statistics,
  readiness,
  oidc: { secrets: config.secrets, publicUrl: config.mail.portalUrl, env: process.env },
  serverTiming: config.serverTiming,
});
let jobs: Awaited<ReturnType<typeof startJobs>> | undefined;

const shutdown = async (signal: string) => {
  app.log.info({ signal }, "shutting down");
  await jobs?.stop();
  await app.close();
  await db.destroy();
  process.exit(0);
};
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ port: config.port, host: config.host });
// A load balancer sees the process live at once and ready only after this (`/api/health/ready`).
await migrateToLatest(db);
if (config.loadDemo) await loadDemoData(db);
// The job worker (reminders, digest, sending e-mail) runs beside the server, not inside
// buildServer(), so API tests never start it by accident.
if (config.jobs) {
  // The worker polls every few seconds: a database away is the outage's one line, not an error per poll.
  const onError = (error: Error) => (isDatabaseUnavailable(error) ? app.databaseOutage.noticed(error) : app.log.error(error, "job worker"));
  jobs = await startJobs({ db, databaseUrl: config.databaseUrl, mail: config.mail, statistics, onError });
}
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : config.port;
const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;

const lines = [
  "",
  `Samspill is running at ${url}`,
  config.databaseUrl ? "Database: PostgreSQL server (DATABASE_URL)" : `Database: embedded PGlite`,
  `E-mail: ${config.mail.smtpUrl ? "sent through SAMSPILL_SMTP_URL" : "no SMTP server; messages stay in the admin's outbox"}${jobs ? "" : " (job worker off)"}`,
];
if (config.loadDemo) {
  lines.push("", "Demo sign-ins (demo data only — never use these in production):");
  for (const user of DEMO_USERS) {
    lines.push(`  ${user.role.padEnd(26)} ${user.email.padEnd(34)} ${user.password}   (${user.organisation})`);
  }
}
process.stdout.write(`${lines.join("\n")}\n\n`);
// Ready once the banner with the address (and the demo sign-ins) is out.
readiness.ready = true;

/** The database, or a one-line reason and exit when another process holds the embedded one. */
function openDatabase(): Db {
  try {
    return createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
}
