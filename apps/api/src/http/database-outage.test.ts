import { createDb, isDatabaseUnavailable } from "@samspill/db";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildTestApp } from "../testing/harness.js";
import { DatabaseOutage } from "./database-outage.js";

// A database server nobody listens on: what a PostgreSQL restart or outage looks like to the API.
const unreachable = createDb({ databaseUrl: "postgres://samspill@127.0.0.1:9/unreachable" });
afterAll(async () => unreachable.destroy());

async function appWithoutDatabase() {
  const app = await buildTestApp({ db: unreachable, secureCookies: false });
  const logged = { error: vi.spyOn(app.log, "error"), info: vi.spyOn(app.log, "info") };
  return { app, logged };
}

const sameSite = { "content-type": "application/json", "sec-fetch-site": "same-origin" };
// A signed-in browser's request: reading its session is the first thing to meet the outage.
const session = { cookie: "samspill_session=some-session-token" };

describe("when the database cannot be reached", () => {
  it("answers every kind of request 503 with a code to retry on and Retry-After, and logs it once", async () => {
    const { app, logged } = await appWithoutDatabase();
    const answers = [
      await app.inject({ method: "GET", url: "/api/trpc/programmes.list" }),
      await app.inject({ method: "GET", url: "/api/trpc/navigation.get", headers: session }),
      await app.inject({ method: "GET", url: "/api/trpc/programmes.list,navigation.get?batch=1&input=%7B%7D", headers: session }),
      await app.inject({ method: "POST", url: "/api/trpc/auth.signIn", headers: sameSite, payload: JSON.stringify({ email: "a@b.no", password: "x" }) }),
      await app.inject({ method: "GET", url: "/api/files/spreadsheets.measures?input=%7B%22programmeId%22%3A%2200000000-0000-4000-8000-000000000000%22%7D" }),
    ];
    for (const answer of answers) {
      expect([answer.statusCode, answer.headers["retry-after"]]).toEqual([503, "5"]);
      expect(answer.body).not.toMatch(/ECONNREFUSED|stack|at .*\.[jt]s:\d+/);
    }
    const single = answers[0]?.json() as { error: { data: { domainCode: string; requestId: string } } };
    expect(single.error.data).toMatchObject({ domainCode: "UNAVAILABLE", requestId: expect.any(String) });
    expect(answers[4]?.json()).toEqual({ error: { code: "UNAVAILABLE", requestId: expect.any(String) } });
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(503);

    // One line for the outage, not one stack per request.
    expect(logged.error).toHaveBeenCalledTimes(1);
    expect(logged.error.mock.calls[0]?.[1]).toBe("database unavailable: answering 503 until it is back");
    await app.close();
  }, 60_000);
});

describe("DatabaseOutage", () => {
  it("logs the start once and the end with how long it lasted and how many requests it refused", async () => {
    const log = { error: vi.fn(), info: vi.fn() };
    let up = false;
    let now = 1_000;
    const outage = new DatabaseOutage(log, async () => {
      if (!up) throw new Error("connect ECONNREFUSED");
    }, () => now, 60_000);
    for (let request = 0; request < 100; request += 1) outage.refused(new Error("connect ECONNREFUSED"));
    expect(log.error).toHaveBeenCalledTimes(1);
    await outage.check();
    expect([outage.active, log.info.mock.calls.length]).toEqual([true, 0]);
    up = true;
    now += 10_400;
    await outage.check();
    expect(outage.active).toBe(false);
    expect(log.info).toHaveBeenCalledWith({ seconds: 10.4, refusedRequests: 100 }, "database available again");
  });

  it("starts on the job worker's word too, without counting it as a refused request", async () => {
    const log = { error: vi.fn(), info: vi.fn() };
    const outage = new DatabaseOutage(log, async () => undefined, Date.now, 60_000);
    for (let poll = 0; poll < 10; poll += 1) outage.noticed(new Error("connect ECONNREFUSED"));
    outage.refused(new Error("connect ECONNREFUSED"));
    expect(log.error).toHaveBeenCalledTimes(1);
    await outage.check();
    expect(log.info).toHaveBeenCalledWith({ seconds: expect.any(Number), refusedRequests: 1 }, "database available again");
  });
});

describe("isDatabaseUnavailable", () => {
  it("knows a lost connection from a refusal of the data", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const shuttingDown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    const wrapped = new Error("query failed", { cause: new Error("Connection terminated unexpectedly") });
    const duplicate = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" });
    // The job queue reports a plain copy of the driver's error, its message extended.
    const fromJobQueue = { ...shuttingDown, message: `${shuttingDown.message} (Queue: samspill-deliver-outbox)`, queue: "samspill-deliver-outbox" };
    expect([refused, shuttingDown, wrapped, fromJobQueue, duplicate, new Error("boom"), { message: "boom" }].map(isDatabaseUnavailable))
      .toEqual([true, true, true, true, false, false, false]);
  });
});
