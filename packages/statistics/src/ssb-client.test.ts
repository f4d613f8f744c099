import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SsbClient } from "./ssb-client.js";
import { startFixtureServer, type FixtureServer } from "./testing/index.js";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

/** A client on the fixture server whose waits are recorded instead of slept. */
function client(options: ConstructorParameters<typeof SsbClient>[0] = {}) {
  const waits: number[] = [];
  const ssb = new SsbClient({ baseUrl: server.url, sleep: async (ms) => void waits.push(ms), ...options });
  return { ssb, waits };
}

const elverumAndTrysil = { table: "07459", contentsCode: "Personer1", regions: ["3420", "3421"] };

describe("SsbClient", () => {
  it("builds the documented data address", () => {
    const { ssb } = client();
    expect(ssb.dataUrl("07459", { Region: ["3403", "3411"], ContentsCode: ["Personer1"], Tid: { top: 5 } })).toBe(
      `${server.url}/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=3403,3411&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=top(5)`,
    );
    expect(() => ssb.dataUrl("../x", {})).toThrow(RangeError);
  });

  it("decodes a series per region and period, with the status cell", async () => {
    const { ssb } = client();
    const observations = await ssb.series(elverumAndTrysil);
    expect(server.requests.at(-1)).toBe(
      "/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=3420,3421&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=top(5)",
    );
    expect(observations.filter((row) => row.region === "3420").map((row) => [row.period, row.value])).toEqual([
      ["2020", 21254], ["2021", 21363], ["2022", 21497], ["2023", 21577], ["2024", 21700],
    ]);
    expect(observations.find((row) => row.region === "3421" && row.period === "2024")).toEqual({ region: "3421", period: "2024", value: null, status: ".." });
  });

  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    const { ssb, waits } = client();
    server.failNext("rate_limited", { retryAfter: "2" });
    const before = server.requests.length;
    const observations = await ssb.series(elverumAndTrysil);
    expect(observations).toHaveLength(10);
    expect(waits).toEqual([2000]);
    expect(server.requests.length - before).toBe(2);
  });

  it("gives up with rate_limited after its retries, backing off without Retry-After", async () => {
    const { ssb, waits } = client({ maxRetries: 2, backoffMs: 100 });
    server.failNext("rate_limited", { times: 3 });
    const before = server.requests.length;
    await expect(ssb.series(elverumAndTrysil)).rejects.toMatchObject({ name: "StatisticsError", source: "ssb", kind: "rate_limited", details: { status: 429 } });
    expect(waits).toEqual([100, 200]);
    expect(server.requests.length - before).toBe(3);
  });

  it("does not wait for a Retry-After beyond its limit", async () => {
    const { ssb, waits } = client({ maxRetryWaitMs: 5_000 });
    server.failNext("rate_limited", { retryAfter: "3600" });
    await expect(ssb.series(elverumAndTrysil)).rejects.toMatchObject({ kind: "rate_limited" });
    expect(waits).toEqual([]);
  });

  it("refuses a malformed answer", async () => {
    const { ssb } = client();
    server.failNext("malformed");
    await expect(ssb.series(elverumAndTrysil)).rejects.toMatchObject({ name: "StatisticsError", kind: "malformed" });
    await expect(ssb.series({ ...elverumAndTrysil, table: "99999" })).rejects.toMatchObject({ kind: "malformed" });
  });

  it("reports HTTP errors with their status", async () => {
    const { ssb } = client();
    await expect(ssb.series({ ...elverumAndTrysil, table: "12345" })).rejects.toMatchObject({ kind: "http", details: { status: 404 } });
    server.failNext("server_error");
    await expect(ssb.series(elverumAndTrysil)).rejects.toMatchObject({ kind: "http", details: { status: 500 } });
  });

  it("refuses more than 800 000 cells before asking", async () => {
    const { ssb } = client();
    const before = server.requests.length;
    const regions = Array.from({ length: 160_001 }, (_, index) => String(index));
    await expect(ssb.series({ ...elverumAndTrysil, regions })).rejects.toMatchObject({ kind: "too_large" });
    expect(server.requests.length).toBe(before);
  });

  it("paces itself to 30 queries a minute", async () => {
    let now = 1_000_000;
    const waits: number[] = [];
    const ssb = new SsbClient({ baseUrl: server.url, now: () => now, sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    } });
    for (let count = 0; count < 31; count += 1) await ssb.series(elverumAndTrysil);
    expect(waits).toEqual([60_000]);
  });

  it("times out a source that does not answer", async () => {
    const hanging = (_input: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const { ssb } = client({ fetch: hanging, timeoutMs: 20 });
    await expect(ssb.series(elverumAndTrysil)).rejects.toMatchObject({ kind: "timeout" });
  });

  it("reports a source it cannot reach", async () => {
    const closed = await startFixtureServer();
    await closed.close();
    const ssb = new SsbClient({ baseUrl: closed.url });
    await expect(ssb.series(elverumAndTrysil)).rejects.toMatchObject({ kind: "network" });
  });
});
