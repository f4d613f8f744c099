import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { getTestDb } from "@samspill/db/testing";
import { startFixtureServer, type FixtureServer } from "@samspill/statistics/testing";
import { buildTestApp, signedInUser, trpcMutation } from "../../testing/harness.js";
import { fixtureClients } from "../../testing/statistics.js";
import { councilProgramme } from "../measures/measure-fixtures.js";
import { boundIndicator, councilOf, municipalityWithCode, valueRows } from "./source-fixtures.js";
import { importBoundIndicators } from "./import-bound-indicators.js";

// A source that fails — rate limits without end, a malformed answer, an error — writes nothing:
// the values (and the log) stay exactly as they were, and the answer says why.

let server: FixtureServer;
let app: FastifyInstance;
beforeAll(async () => {
  server = await startFixtureServer();
  app = await buildTestApp({ statistics: fixtureClients(server, { maxRetries: 2 }) });
});
afterAll(async () => {
  await app.close();
  await server.close();
});

async function elverumPopulation() {
  const elverum = await municipalityWithCode("NO", "3420", "Elverum");
  const council = await councilOf(elverum);
  const { goalId } = await councilProgramme(council.id);
  const indicator = await boundIndicator(goalId, { source: "ssb", table: "07459", contentsCode: "Personer1", at: "start" }, true);
  const { cookie } = await signedInUser("secretariat", council.id, app);
  return { indicator, cookie };
}

async function auditCount(subjectId: string): Promise<number> {
  const db = await getTestDb();
  const row = await db.selectFrom("auditEvent").select((eb) => eb.fn.countAll<number>().as("n")).where("subjectId", "=", subjectId).executeTakeFirstOrThrow();
  return Number(row.n);
}

const importNow = (id: string, cookie: string) => trpcMutation("indicators.importValues", { id }, { cookie, app });

describe("a failing source", () => {
  it("waits out one 429 and imports", async () => {
    const { indicator, cookie } = await elverumPopulation();
    server.failNext("rate_limited", { retryAfter: "1" });
    const { status, body } = await importNow(indicator.id, cookie);
    expect(status, JSON.stringify(body.error?.data)).toBe(200);
    expect(await valueRows(indicator.id)).toHaveLength(5);
  });

  it.each([
    ["keeps answering 429", () => server.failNext("rate_limited", { times: 3 }), "source_rate_limited"],
    ["answers malformed JSON-stat", () => server.failNext("malformed"), "source_malformed"],
    ["answers 500", () => server.failNext("server_error"), "source_http"],
  ])("that %s writes nothing and answers SOURCE_UNAVAILABLE", async (_name, fail, reason) => {
    const { indicator, cookie } = await elverumPopulation();
    expect((await importNow(indicator.id, cookie)).status).toBe(200);
    const before = await valueRows(indicator.id);
    const logged = await auditCount(indicator.id);

    fail();
    const { status, body } = await importNow(indicator.id, cookie);
    expect(status).toBe(502);
    expect(body.error?.data).toMatchObject({ domainCode: "SOURCE_UNAVAILABLE", reason, params: { source: "ssb" } });
    expect(await valueRows(indicator.id)).toEqual(before);
    expect(await auditCount(indicator.id)).toBe(logged);
  });

  it("writes nothing for a first import that fails either", async () => {
    const { indicator, cookie } = await elverumPopulation();
    server.failNext("malformed");
    expect((await importNow(indicator.id, cookie)).status).toBe(502);
    expect(await valueRows(indicator.id)).toEqual([]);
  });
});

describe("importBoundIndicators", () => {
  it("imports every bound indicator and carries on past one that fails", async () => {
    const { indicator } = await elverumPopulation();
    const broken = await elverumPopulation();
    const db = await getTestDb();
    await db.updateTable("indicator").set({ sourceRef: { table: "99999", contentsCode: "Personer1" } }).where("id", "=", broken.indicator.id).execute();

    const now = new Date("2025-03-01T04:00:00Z");
    const results = await importBoundIndicators(db, fixtureClients(server), now);
    expect(results).toContainEqual({ indicatorId: indicator.id, imported: 5 });
    expect(results).toContainEqual({ indicatorId: broken.indicator.id, failed: "source_malformed" });
    expect((await valueRows(indicator.id)).every((row) => row.importedAt?.toISOString() === now.toISOString())).toBe(true);
    expect(await valueRows(broken.indicator.id)).toEqual([]);
    expect(await auditCount(indicator.id)).toBe(1);
  });
});
