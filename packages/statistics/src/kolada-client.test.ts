import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KoladaClient } from "./kolada-client.js";
import { startFixtureServer, type FixtureServer } from "./testing/index.js";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

function client(options: ConstructorParameters<typeof KoladaClient>[0] = {}) {
  const waits: number[] = [];
  const kolada = new KoladaClient({ baseUrl: server.url, sleep: async (ms) => void waits.push(ms), ...options });
  return { kolada, waits };
}

const vimmerby = { kpi: "N01951", municipalities: ["0884"], years: [2020, 2021, 2022, 2023, 2024] };

describe("KoladaClient", () => {
  it("builds the documented data address", () => {
    const { kolada } = client();
    expect(kolada.dataUrl({ kpi: "N01951", municipalities: ["0884"], years: [2023, 2024] })).toBe(
      `${server.url}/v3/data/kpi/N01951/municipality/0884/year/2023,2024`,
    );
    expect(() => kolada.dataUrl({ ...vimmerby, kpi: "../x" })).toThrow(RangeError);
  });

  it("follows next_url through both pages and keeps the totals", async () => {
    const { kolada } = client();
    const before = server.requests.length;
    const observations = await kolada.data(vimmerby);
    expect(server.requests.slice(before)).toEqual([
      "/v3/data/kpi/N01951/municipality/0884/year/2020,2021,2022,2023,2024",
      "/v3/data/kpi/N01951/municipality/0884/year/2020,2021,2022,2023,2024?page=2&per_page=3",
    ]);
    expect(observations.map((row) => [row.period, row.value, row.status])).toEqual([
      ["2020", 15481, null], ["2021", 15492, null], ["2022", 15509, null], ["2023", 15430, null], ["2024", null, "Missing"],
    ]);
    expect(observations[0]).toMatchObject({ kpi: "N01951", municipality: "0884" });
  });

  it("waits after a 429 as Retry-After says and then reads every page", async () => {
    const { kolada, waits } = client();
    server.failNext("rate_limited", { retryAfter: "1" });
    expect(await kolada.data(vimmerby)).toHaveLength(5);
    expect(waits).toEqual([1000]);
  });

  it("gives up on a source that keeps answering 429", async () => {
    const { kolada, waits } = client({ maxRetries: 3, backoffMs: 10 });
    server.failNext("rate_limited", { times: 4 });
    await expect(kolada.data(vimmerby)).rejects.toMatchObject({ name: "StatisticsError", source: "kolada", kind: "rate_limited" });
    expect(waits).toEqual([10, 20, 40]);
  });

  it("refuses a malformed page", async () => {
    const { kolada } = client();
    await expect(kolada.data({ ...vimmerby, kpi: "N99999" })).rejects.toMatchObject({ kind: "malformed" });
    server.failNext("malformed");
    await expect(kolada.data(vimmerby)).rejects.toMatchObject({ kind: "malformed" });
  });

  it("does not follow next_url to another host", async () => {
    const page = { values: [], count: 0, next_url: "https://elsewhere.example/v3/data/kpi/N01951/municipality/0884/year/2024?page=2" };
    const fetch = async () => new Response(JSON.stringify(page), { status: 200 });
    const { kolada } = client({ fetch });
    await expect(kolada.data(vimmerby)).rejects.toMatchObject({ kind: "malformed" });
  });
});
