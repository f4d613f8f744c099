import type pg from "pg";
import { BASELINE_KEY, endpointsOf, signIn, trpcGet, WRITE_HEADERS, type Endpoint } from "./endpoints.js";
import { findFixtures, type Fixtures } from "./fixtures.js";
import { measureLoad, statementsOf, waitUntilIdle, type LoadResult } from "./load.js";
import type { EndpointRow, FloorRow } from "./report.js";
import type { NodeRuntime } from "./runtime.js";
import { mixedLoad, pagesWhileFiles, type Cookies } from "./scenarios.js";
import { startBaseline, startSamspill, type RunningServer } from "./servers.js";
import { captureDashboardSql, measurePairedAtC1, measureSqlFloor } from "./sql-floor.js";

export interface BenchSettings {
  databaseUrl: string;
  node: NodeRuntime;
  port: number;
  seconds: { load: number; mixed: number; files: number };
  /** Only these endpoint keys (and scenarios "floor", "mixed", "files"): a partial run, not written to the document. */
  only: Set<string> | undefined;
  log: (line: string) => void;
}

const CONCURRENCY = [1, 50] as const;
/** Rounds of a dashboard and its raw SQL measured in turn at c=1, for their ratio. */
const PAIRED_ROUNDS = 5;

export async function runBench(client: pg.ClientBase, settings: BenchSettings) {
  const { log } = settings;
  const wanted = (key: string) => !settings.only || settings.only.has(key);
  const fixtures = await findFixtures(client);
  const postgres = (await client.query<{ v: string }>("SELECT split_part(version(), ' ', 2) AS v")).rows[0]!.v;
  const dataset = await describeDataset(client);
  log(`Node.js ${settings.node.version}, PostgreSQL ${postgres}; ${dataset}`);
  const servers: RunningServer[] = [];
  try {
    const baseline = await startBaseline(settings.node, settings.databaseUrl, settings.port + 1);
    servers.push(baseline);
    const app = await startSamspill(settings.node, settings.databaseUrl, settings.port);
    servers.push(app);
    const cookies = await signInAll(app.url, fixtures);
    const settle = () => waitUntilIdle(app.url + trpcGet("measures.get", { id: fixtures.measureId }), { cookie: cookies.municipality_contributor });
    const rows: EndpointRow[] = [];
    for (const endpoint of endpointsOf(fixtures).filter((e) => wanted(e.key))) {
      const url = endpoint.key === BASELINE_KEY ? baseline.url : app.url;
      rows.push(await measureEndpoint(client, endpoint, url, cookies, settings, settle));
    }
    const floors: FloorRow[] = [];
    if (wanted("floor")) {
      const today = new Date().toISOString().slice(0, 10);
      const captured = await captureDashboardSql(settings.databaseUrl, fixtures, today);
      for (const key of ["county", "council"] as const) {
        const statements = captured[key];
        await settle();
        const [c1, c50] = [
          await measureSqlFloor(settings.databaseUrl, statements, 1, settings.seconds.load),
          await settle().then(() => measureSqlFloor(settings.databaseUrl, statements, 50, settings.seconds.load)),
        ];
        const dashboard = endpointsOf(fixtures).find((endpoint) => endpoint.key === key)!;
        await settle();
        const paired = await measurePairedAtC1(
          settings.databaseUrl, statements, { url: app.url + dashboard.path, headers: { cookie: cookies[key === "county" ? "county_official" : "secretariat"] } },
          PAIRED_ROUNDS, Math.max(1, Math.round(settings.seconds.load / 2)),
        );
        floors.push({ key, label: `${key === "county" ? "County" : "Council"} dashboard: its raw SQL through pg`, statements: statements.length, c1, c50, paired });
        log(`  raw SQL ${key.padEnd(8)} ${summary(c1)} | ${summary(c50)}`);
        log(`  ${key} and its raw SQL in turn, ${paired.rounds} rounds: p95 ${paired.appP95.toFixed(1)} against ${paired.floorP95.toFixed(1)} ms, ${paired.times.toFixed(2)}×`);
      }
      // The baseline reading its row as many times as each read sends statements: what those
      // statements alone would allow, with nothing of sessions, rules, tRPC or JSON around them.
      const counts = [...new Set(rows.filter((row) => row.endpoint.checks.startsWith("reads")).map((row) => row.statements))]
        .filter((count): count is number => count !== undefined && count > 1).sort((a, b) => a - b);
      for (const count of counts) {
        const path = `${baseline.url}/rows/${fixtures.councilId}?n=${count}`;
        await settle();
        const c1 = await measureLoad({ url: path, connections: 1, seconds: settings.seconds.load });
        await settle();
        const c50 = await measureLoad({ url: path, connections: 50, seconds: settings.seconds.load });
        floors.push({ key: `statements-${count}`, label: `Baseline: the same row read ${count} times in turn`, statements: count, c1, c50 });
        log(`  baseline ×${String(count).padEnd(4)} ${summary(c1)} | ${summary(c50)}`);
      }
    }
    if (wanted("mixed")) await settle();
    const mixed = wanted("mixed") ? await mixedLoad(client, app.url, fixtures, cookies, 50, settings.seconds.mixed) : undefined;
    if (mixed) log(`  mixed c=50 ${summary(mixed)} failures ${mixed.failures}`);
    if (wanted("files")) await settle();
    const files = wanted("files") ? await pagesWhileFiles(app.url, fixtures, cookies, settings.seconds.files) : undefined;
    if (files) log(`  files: p95 alone ${files.alone.p95.toFixed(1)} ms, with files ${files.withFiles.p95.toFixed(1)} ms`);
    return { rows, floors, mixed, files, postgres: `PostgreSQL ${postgres}`, dataset, fixtures };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}

async function signInAll(url: string, f: Fixtures): Promise<Cookies> {
  const roles = ["secretariat", "municipality_contributor", "county_official", "council_member"] as const;
  const cookies = await Promise.all(roles.map((role) => signIn(url, f.emails[role], f.password)));
  return Object.fromEntries(roles.map((role, i) => [role, cookies[i]!])) as Cookies;
}

async function measureEndpoint(
  client: pg.ClientBase, endpoint: Endpoint, url: string, cookies: Cookies, settings: BenchSettings, settle: () => Promise<void>,
): Promise<EndpointRow> {
  const cookie = endpoint.role && endpoint.role !== "admin" ? cookies[endpoint.role] : "";
  const headers: Record<string, string> = { ...(endpoint.method === "POST" ? WRITE_HEADERS : {}), ...(cookie ? { cookie } : {}) };
  const row: EndpointRow = { endpoint };
  const load = async (connections: number): Promise<LoadResult> => {
    await settle();
    const supply = endpoint.prepare
      ? await endpoint.prepare(client, { contributor: cookies.municipality_contributor, secretariat: cookies.secretariat })
      : undefined;
    return measureLoad({
      url: url + endpoint.path, connections, seconds: settings.seconds.load, method: endpoint.method, headers,
      ...(endpoint.body !== undefined ? { body: endpoint.body } : {}),
      ...(supply ? { requests: supply.requests } : {}),
    });
  };
  if (endpoint.method === "GET") {
    // One request to read the statement count, then a short warm-up.
    const probe = await fetch(url + endpoint.path, { headers });
    if (!probe.ok) throw new Error(`${endpoint.label}: ${probe.status} ${(await probe.text()).slice(0, 300)}`);
    row.statements = statementsOf(probe.headers);
    await measureLoad({ url: url + endpoint.path, connections: 5, seconds: 1, headers });
  } else if (endpoint.body !== undefined) {
    const probe = await fetch(url + endpoint.path, { method: "POST", headers, body: endpoint.body });
    row.statements = statementsOf(probe.headers);
  }
  for (const connections of CONCURRENCY) {
    const result = await load(connections);
    if (connections === 1) row.c1 = result; else row.c50 = result;
  }
  settings.log(`  ${endpoint.key.padEnd(10)} ${summary(row.c1!)} | ${summary(row.c50!)} | SQL ${row.statements ?? "–"}`);
  return row;
}

const summary = (r: LoadResult) =>
  `${r.requestsPerSecond.toFixed(0).padStart(6)} req/s p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} p99 ${r.p99.toFixed(1)} ms${r.failures ? ` (${r.failures} failed: ${JSON.stringify(r.statusCodes)})` : ""}`;

async function describeDataset(client: pg.ClientBase): Promise<string> {
  const count = async (table: string, where = "") =>
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} ${where}`)).rows[0]!.n).toLocaleString("en");
  return [
    `${await count("organisation", "WHERE kind = 'regional_council'")} councils`, `${await count("organisation", "WHERE kind = 'municipality'")} municipalities`,
    `${await count("measure")} measures`, `${await count("measure_part")} parts`, `${await count("app_user")} users`,
    `${await count("status_report")} status reports`, `${await count("indicator_value")} indicator values`, `${await count("audit_event")} audit events`,
  ].join(", ");
}
