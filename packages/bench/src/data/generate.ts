import argon2 from "argon2";
import { sql, type Kysely } from "kysely";
import { migrateToLatest, type Database } from "@samspill/db";
import { loadAgreements } from "./agreements.js";
import { loadAuditEvents } from "./audit.js";
import { loadMeasures } from "./measures.js";
import { loadOrganisations } from "./organisations.js";
import { BENCH_PASSWORD, type BenchPlan } from "./plan.js";
import { loadProgrammes } from "./programmes.js";
import { loadReports } from "./reporting.js";
import { benchUsers, loadUsers } from "./users.js";

export const COUNTED_TABLES = [
  "organisation", "membership", "strategy", "programme", "focus_area", "goal", "measure", "measure_part", "budget_line",
  "indicator", "indicator_value", "reporting_period", "status_report", "status_report_spending", "partnership_agreement",
  "app_user", "session", "audit_event",
] as const;

export interface GeneratedInstallation {
  counts: Record<(typeof COUNTED_TABLES)[number], number>;
  /** One user id per role around the first council (the big one). */
  users: ReturnType<typeof benchUsers>;
  councilId: string;
  seconds: number;
}

export type Progress = (step: string, seconds: number) => void;

/**
 * Migrates the schema and fills an empty database with the national installation of the plan.
 * Refuses a database that already holds organisations: the audit log cannot be emptied, so a
 * new load starts from a new (or reset) database.
 */
export async function generateInstallation(db: Kysely<Database>, plan: BenchPlan, progress: Progress = () => {}): Promise<GeneratedInstallation> {
  const started = performance.now();
  let last = started;
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const result = await run();
    const now = performance.now();
    progress(name, (now - last) / 1000);
    last = now;
    return result;
  };
  await step("schema migrated", () => migrateToLatest(db));
  const present = await sql<{ n: number }>`SELECT count(*)::int AS n FROM organisation`.execute(db);
  if (present.rows[0]!.n > 0) {
    throw new Error("The database already holds organisations: give bench:data an empty database (or --reset true to empty this one, benchmark data only).");
  }
  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const councils = await step("counties, municipalities and councils", () => loadOrganisations(db, plan));
  const programmes = await step("strategies, programmes, decisions and periods", () => loadProgrammes(db, plan, councils));
  await step("users and sessions", () => loadUsers(db, plan, councils, passwordHash));
  await step("measures, parts, budgets and indicators", () => loadMeasures(db, plan, programmes));
  await step("agreements", () => loadAgreements(db, plan, councils));
  await step("status reports and spending", () => loadReports(db, plan));
  await step("audit events", () => loadAuditEvents(db, plan));
  await step("vacuum and analyze", () => sql`VACUUM (ANALYZE)`.execute(db));
  const counts = Object.fromEntries(await Promise.all(COUNTED_TABLES.map(async (table) =>
    [table, (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n] as const)));
  return {
    counts: counts as GeneratedInstallation["counts"], users: benchUsers(plan, councils[0]!), councilId: councils[0]!.id,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Empties a server database for a new load: drops the schema (the audit log refuses anything less). */
export async function resetDatabase(db: Kysely<Database>): Promise<void> {
  await sql`DROP SCHEMA IF EXISTS pgboss CASCADE`.execute(db);
  await sql`DROP SCHEMA public CASCADE`.execute(db);
  await sql`CREATE SCHEMA public`.execute(db);
}
