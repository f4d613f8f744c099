import { CamelCasePlugin, Kysely, PostgresDialect, type CompiledQuery } from "kysely";
import pg from "pg";
import {
  fundsOfAgreements, listCountyAgreements, listCouncilBudget, listOverdueReports, measureStatusByFocusArea, measureStatusByOwner,
  partStatusByMunicipality, ReportingCache, reportingOfPeriods, type Database,
} from "@samspill/db";
import type { Fixtures } from "./fixtures.js";
import { measureLoad, percentile, type LoadResult } from "./load.js";

// The floor under each dashboard: the very statements its procedure runs once its reporting
// figures are kept (the same query functions of packages/db, captured as Kysely compiles them), sent straight through `pg` as
// the procedure sends them — all at once — with nothing of HTTP, tRPC or sessions around them.

type Statement = Pick<CompiledQuery, "sql" | "parameters">;

export async function captureDashboardSql(databaseUrl: string, fixtures: Fixtures, today: string): Promise<Record<"council" | "county", Statement[]>> {
  const captured: Statement[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()],
    log: (event) => { if (event.level === "query") captured.push({ sql: event.query.sql, parameters: event.query.parameters }); },
  });
  const take = () => captured.splice(0, captured.length);
  // The procedures keep each council's reporting figures until its data changes; like them, the
  // floor is what a dashboard runs once its figures are kept, so each set is run twice and the
  // second time's statements are the floor.
  const cache = new ReportingCache();
  const council = () => Promise.all([
    measureStatusByFocusArea(db, fixtures.councilId), partStatusByMunicipality(db, fixtures.councilId),
    reportingOfPeriods(db, { councilId: fixtures.councilId }, today, cache), listOverdueReports(db, fixtures.councilId, today, cache),
    listCouncilBudget(db, fixtures.councilId),
  ]);
  const county = () => Promise.all([
    listCountyAgreements(db, fixtures.countyId), fundsOfAgreements(db, { countyId: fixtures.countyId }),
    reportingOfPeriods(db, { countyId: fixtures.countyId }, today, cache), measureStatusByOwner(db, fixtures.countyId),
  ]);
  try {
    await council();
    take();
    await council();
    const councilStatements = take();
    await county();
    take();
    await county();
    return { council: councilStatements, county: take() };
  } finally {
    await db.destroy();
  }
}

/** Runs the statements as one request, `connections` at a time, for `seconds`. */
export async function measureSqlFloor(databaseUrl: string, statements: Statement[], connections: number, seconds: number): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Math.min(connections * statements.length, 20) });
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await Promise.all(statements.map((s) => pool.query(s.sql, s.parameters as unknown[])));
        latencies.push(performance.now() - t0);
      } catch {
        failures++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    await pool.end();
  }
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / ((performance.now() - started) / 1000), p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), requests: latencies.length + failures, failures, statusCodes: {},
  };
}

export interface PairedRounds {
  rounds: number;
  /** The medians over the rounds of the dashboard's p95 and of its raw SQL's, at c=1. */
  appP95: number;
  floorP95: number;
  /** The median over the rounds of each round's dashboard p95 over its raw SQL p95. */
  times: number;
}

/**
 * The dashboard and its raw SQL at c=1 in turn, round after round, each round's two measured
 * seconds apart, so both see the same load from the rest of a shared machine; measured minutes
 * apart, a change in that load alone could move their ratio by half.
 */
export async function measurePairedAtC1(
  databaseUrl: string, statements: Statement[], app: { url: string; headers: Record<string, string> }, rounds: number, seconds: number,
): Promise<PairedRounds> {
  const pairs: Array<{ app: number; floor: number }> = [];
  for (let round = 0; round < rounds; round++) {
    const dashboard = await measureLoad({ url: app.url, connections: 1, seconds, headers: app.headers });
    const floor = await measureSqlFloor(databaseUrl, statements, 1, seconds);
    pairs.push({ app: dashboard.p95, floor: floor.p95 });
  }
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
  return {
    rounds,
    appP95: median(pairs.map((pair) => pair.app)),
    floorP95: median(pairs.map((pair) => pair.floor)),
    times: median(pairs.map((pair) => pair.app / pair.floor)),
  };
}
