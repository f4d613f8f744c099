import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAgreement, createMeasure, createMeasurePart, createProgramme, createReportingPeriod, createStatusReport, openIsolatedDb, type IsolatedDb,
} from "@samspill/db/testing";
import { insertMeasureObligationLink, insertObligation } from "@samspill/db";
import { DEMO_IDS, DEMO_PASSWORD, loadDemoData } from "@samspill/db/demo";
import { buildTestApp, signIn, trpcMutation, trpcQuery } from "../testing/harness.js";

// How many SQL statements each hot request sends, read from its Server-Timing header, on the
// demo data and again after the data grew: the counts are fixed, so a loop of queries (N+1) or
// a second look-up of the session fails here. BEGIN and COMMIT count, as PostgreSQL logs them.

const STATEMENTS = /sql;desc="(\d+) statements"/;
const H = DEMO_IDS;

let isolated: IsolatedDb;
let app: FastifyInstance;
let clock = Date.now();
const cookies = new Map<string, string>();

beforeAll(async () => {
  isolated = await openIsolatedDb("samspill_statements");
  await loadDemoData(isolated.db);
  app = await buildTestApp({ db: isolated.db, serverTiming: true, now: () => new Date(clock) });
  for (const user of ["sekretariat", "fylke", "stange"]) cookies.set(user, await signIn(`${user}@demo.samspill.no`, DEMO_PASSWORD, app));
}, 120_000);

afterAll(async () => {
  await app?.close();
  await isolated?.drop();
});

function statementsOf(headers: Record<string, unknown>): number {
  const match = STATEMENTS.exec(String(headers["server-timing"]));
  if (!match) throw new Error(`no statement count in Server-Timing: ${String(headers["server-timing"])}`);
  return Number(match[1]);
}

/** The reads the portal's busiest pages send, by whom, and how many statements each may take. */
const READS = [
  { name: "county dashboard", path: "dashboards.county", input: {}, as: "fylke", statements: 9 },
  { name: "council dashboard", path: "dashboards.council", input: { councilId: H.councils.hamarregionen }, as: "sekretariat", statements: 10 },
  { name: "programme page", path: "programmes.get", input: { id: H.programmes.hamarregionen }, as: "sekretariat", statements: 15 },
  { name: "measures list", path: "measures.list", input: { programmeId: H.programmes.hamarregionen, status: ["in_progress", "planned"], limit: 25 }, as: "sekretariat", statements: 3 },
  { name: "measure page", path: "measures.get", input: { id: H.measures.regionalLadestruktur }, as: "sekretariat", statements: 14 },
  { name: "report queue", path: "reports.listForPeriod", input: { periodId: H.periods.hamarregionenCurrent, status: ["submitted"] }, as: "sekretariat", statements: 3 },
  { name: "contributor's tasks", path: "reports.listForPeriod", input: { periodId: H.periods.hamarregionenCurrent }, as: "stange", statements: 3 },
] as const;

async function statementsOfReads(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const read of READS) {
    const { status, headers } = await trpcQuery(read.path, read.input, { cookie: cookies.get(read.as), app });
    expect(status, read.name).toBe(200);
    counts[read.name] = statementsOf(headers);
  }
  return counts;
}

async function publicProgrammeStatements(): Promise<number> {
  const response = await app.inject({ method: "GET", url: `/api/public/v1/programmes/${H.programmes.hamarregionen}` });
  expect(response.statusCode).toBe(200);
  return statementsOf(response.headers);
}

const expected = Object.fromEntries(READS.map((read) => [read.name, read.statements]));
const PUBLIC_PROGRAMME_STATEMENTS = 12;

describe("SQL statements per request", () => {
  it("an adopted programme's measure numbers are read once per process, a draft's on every read", async () => {
    const list = async (programmeId: string) => {
      const { status, headers } = await trpcQuery("measures.list", { programmeId, limit: 25 }, { cookie: cookies.get("sekretariat"), app });
      expect(status).toBe(200);
      return statementsOf(headers);
    };
    for (const status of ["adopted", "draft"] as const) {
      const { programme } = await createProgramme(isolated.db, { ownerId: H.councils.hamarregionen, status });
      await createMeasure(isolated.db, { programmeId: programme.id });
      const first = await list(programme.id);
      expect([first, await list(programme.id)]).toEqual(status === "adopted" ? [first, first - 1] : [first, first]);
    }
  });

  it("each hot read sends a fixed number of statements", async () => {
    // Counted as a running process answers them: its first look at the demo programme read its measures' numbers.
    const measures = READS[3];
    await trpcQuery(measures.path, measures.input, { cookie: cookies.get(measures.as), app });
    expect(await statementsOfReads()).toEqual(expected);
    expect(await publicProgrammeStatements()).toBe(PUBLIC_PROGRAMME_STATEMENTS);
  });

  it("sign-in and submitting a report send a fixed number of statements", async () => {
    const signedIn = await trpcMutation("auth.signIn", { email: "hamar@demo.samspill.no", password: DEMO_PASSWORD }, { app });
    expect(signedIn.status).toBe(200);
    expect(statementsOf(signedIn.headers)).toBe(12);

    const period = await createReportingPeriod(isolated.db, { councilId: H.councils.hamarregionen });
    const draft = await createStatusReport(isolated.db, { measureId: H.measures.stangeLocal, periodId: period.id });
    const submitted = await trpcMutation("reports.submit", { id: draft.id, version: draft.version }, { cookie: cookies.get("stange"), app });
    expect(submitted.status).toBe(200);
    expect(statementsOf(submitted.headers)).toBe(10);
  });

  it("the counts stay the same when the data grows", async () => {
    const db = isolated.db;
    for (let index = 0; index < 12; index += 1) {
      const measure = await createMeasure(db, { programmeId: H.programmes.hamarregionen, status: "in_progress" });
      await createMeasurePart(db, { measureId: measure.id });
      await createStatusReport(db, { measureId: measure.id, periodId: H.periods.hamarregionenCurrent, workflowStatus: "submitted", submittedAt: new Date(clock) });
      await createMeasurePart(db, { measureId: H.measures.regionalLadestruktur });
      // The measure page's measure serves one more agreement's obligation each time.
      const { agreement } = await createAgreement(db, { countyId: H.counties.innlandet, partyIds: [H.councils.hamarregionen] });
      const obligation = await insertObligation(db, { agreementId: agreement.id, partyId: H.councils.hamarregionen, title: `Obligation ${index}` });
      await insertMeasureObligationLink(db, obligation.id, H.measures.regionalLadestruktur);
    }
    expect(await statementsOfReads()).toEqual(expected);
    expect(await publicProgrammeStatements()).toBe(PUBLIC_PROGRAMME_STATEMENTS);
  });

  it("a session is marked seen at most once a minute: one more statement, then none", async () => {
    const read = READS[3];
    clock += 61_000;
    const touched = await trpcQuery(read.path, read.input, { cookie: cookies.get(read.as), app });
    expect(statementsOf(touched.headers)).toBe(read.statements + 1);
    const again = await trpcQuery(read.path, read.input, { cookie: cookies.get(read.as), app });
    expect(statementsOf(again.headers)).toBe(read.statements);
  });
});
