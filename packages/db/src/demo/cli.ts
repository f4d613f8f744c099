import { createDb, dbOptionsFromEnv } from "../client/create-db.js";
import { migrateToLatest } from "../client/migrate.js";
import { DEMO_USERS, loadDemoData } from "./index.js";

// `pnpm seed`: migrates the database from the environment (DATABASE_URL or the embedded
// PGlite in SAMSPILL_DATA_DIR) and loads the demo data. Safe to run again.

const print = (line: string): void => void process.stdout.write(`${line}\n`);
const db = createDb(dbOptionsFromEnv());
try {
  await migrateToLatest(db);
  const started = Date.now();
  const summary = await loadDemoData(db);
  print(`Demo data loaded in ${Date.now() - started} ms (${summary.rowsWritten} rows written, ` +
    `${summary.usersCreated} users created).`);
  print(`  organisations ${summary.organisations}: ${summary.counties} counties, ` +
    `${summary.municipalities} municipalities, ${summary.councils} councils, ${summary.partners} partners (current)`);
  print(`  programmes ${summary.programmes}, measures ${summary.measures}, status reports ` +
    `${summary.statusReports}, agreements ${summary.agreements}, users ${summary.users}`);
  print("Demo users (password for all):");
  for (const user of DEMO_USERS) {
    print(`  ${user.email.padEnd(34)} ${user.role.padEnd(25)} ${user.organisation}  [${user.password}]`);
  }
} catch (error) {
  console.error("Loading the demo data failed:", error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
