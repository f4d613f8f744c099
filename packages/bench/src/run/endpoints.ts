import type pg from "pg";
import { resetDrafts, type BenchRole, type Fixtures } from "./fixtures.js";
import type { LoadRequest } from "./load.js";

// The endpoints of the table: the real tRPC procedures as the web client calls them (GET
// /api/trpc/<procedure>?input=<json>; writes as POST with a JSON body, same-site as the CSRF
// guard asks), the public JSON API, and the baseline.

export const trpcGet = (procedure: string, input: unknown) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

export const WRITE_HEADERS = { "content-type": "application/json", "sec-fetch-site": "same-origin" };

export interface Endpoint {
  key: string;
  label: string;
  /** The targets of the performance note this row checks. */
  checks: string;
  role: BenchRole | null;
  method: "GET" | "POST";
  path: string;
  body?: string;
  /** Before each load: the requests of a write, with a fresh supply of what it writes on. */
  prepare?: (client: pg.ClientBase, cookies: Record<"contributor" | "secretariat", string>) => Promise<{ requests: LoadRequest[] }>;
}

export const BASELINE_KEY = "baseline";

export function endpointsOf(f: Fixtures): Endpoint[] {
  const read = "reads ≥ 50 % of baseline at c=50";
  const dashboard = `${read}; p95 ≤ 50 ms at c=1; ≤ 2× raw SQL`;
  return [
    { key: "county", label: "County dashboard (dashboards.county)", checks: dashboard, role: "county_official", method: "GET",
      path: trpcGet("dashboards.county", { countyId: f.countyId }) },
    { key: "council", label: "Council dashboard (dashboards.council)", checks: dashboard, role: "secretariat", method: "GET",
      path: trpcGet("dashboards.council", { councilId: f.councilId }) },
    { key: "programme", label: `Programme page (programmes.get, ${f.measures} measures)`, checks: read, role: "secretariat", method: "GET",
      path: trpcGet("programmes.get", { id: f.programmeId }) },
    { key: "measures", label: "Measures list, filtered and paged (measures.list)", checks: read, role: "municipality_contributor", method: "GET",
      path: trpcGet("measures.list", { programmeId: f.programmeId, municipalityId: f.municipalityId, status: ["in_progress", "delayed"], limit: 25 }) },
    { key: "measure", label: "Measure page (measures.get)", checks: read, role: "municipality_contributor", method: "GET",
      path: trpcGet("measures.get", { id: f.measureId }) },
    { key: "queue", label: "Report queue (reports.listForPeriod, submitted)", checks: read, role: "secretariat", method: "GET",
      path: trpcGet("reports.listForPeriod", { periodId: f.periodId, status: ["submitted"], limit: 50 }) },
    { key: "public", label: "Public programme JSON (/api/public/v1)", checks: "public read", role: null, method: "GET",
      path: `/api/public/v1/programmes/${f.programmeId}` },
    { key: "submit", label: "Submit report, then return it (reports.submit, reports.return in turn)", checks: "write (one transaction, audit)",
      role: "municipality_contributor", method: "POST", path: "/api/trpc/reports.submit", prepare: (client, cookies) => submitSupply(client, f, cookies) },
    { key: "signin", label: "Sign-in (auth.signIn, argon2id)", checks: "write (session)", role: null, method: "POST",
      path: "/api/trpc/auth.signIn", body: JSON.stringify({ email: f.emails.council_member, password: f.password }),
      prepare: (client) => signInSupply(client, f) },
    { key: BASELINE_KEY, label: "Baseline: Fastify + pg, one indexed row", checks: "the 100 %", role: null, method: "GET",
      path: `/row/${f.councilId}` },
  ];
}

/**
 * Each connection takes a draft of the contributor's own and submits it; the secretariat then
 * returns it with a comment, and the contributor submits it again — a workflow write each time,
 * carrying the version each answer gives into the next, for as long as the load lasts.
 */
async function submitSupply(client: pg.ClientBase, f: Fixtures, cookies: { contributor: string; secretariat: string }) {
  const drafts = await resetDrafts(client, f);
  let next = 0;
  type Own = { report?: { id: string; version: number } };
  // autocannon starts each round of the requests with a fresh context, so a connection takes the
  // next report each round; the reports are shared, so a report taken again rounds later carries
  // the version its last answer gave.
  const step = (path: string, cookie: string, input: (report: { id: string; version: number }) => object): LoadRequest => ({
    method: "POST", path, headers: { ...WRITE_HEADERS, cookie },
    setupRequest: (req, context) => {
      const own = context as Own;
      own.report ??= drafts[next++ % drafts.length]!;
      return { ...req, body: JSON.stringify(input(own.report)) };
    },
    onResponse: (status, body, context) => {
      const own = context as Own;
      if (status === 200 && own.report) own.report.version = (JSON.parse(body) as { result: { data: { version: number } } }).result.data.version;
    },
  });
  return {
    requests: [
      step("/api/trpc/reports.submit", cookies.contributor, (r) => ({ id: r.id, version: r.version })),
      step("/api/trpc/reports.return", cookies.secretariat, (r) => ({ id: r.id, version: r.version, comment: "Beskriv forbruket nærmere." })),
    ],
  };
}

/**
 * Sign-ins of many users from many addresses, as through the reverse proxy the server trusts
 * here: attempts in flight count as failures until they succeed, so fifty at once by one user
 * from one address would meet the limits against guessing, which is not what is measured.
 * The addresses are documentation addresses (RFC 5737) in a header, never a target.
 */
async function signInSupply(client: pg.ClientBase, f: Fixtures) {
  const { rows } = await client.query<{ email: string }>("SELECT email FROM app_user WHERE active ORDER BY email LIMIT 2000");
  let next = 0;
  const request: LoadRequest = {
    method: "POST", path: "/api/trpc/auth.signIn", headers: WRITE_HEADERS,
    setupRequest: (req) => {
      const n = next++;
      return {
        ...req, headers: { ...WRITE_HEADERS, "x-forwarded-for": `198.51.100.${n % 250}` },
        body: JSON.stringify({ email: rows[n % rows.length]!.email, password: f.password }),
      };
    },
  };
  return { requests: [request] };
}

/** Signs in through the API as the browser does and answers the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/trpc/auth.signIn`, {
    method: "POST", headers: WRITE_HEADERS, body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).find((pair) => pair?.includes("samspill_session"));
  if (!cookie) throw new Error(`Sign-in as ${email} set no session cookie`);
  return cookie;
}
