import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { describe, expect, it } from "vitest";
import { programmeWithMeasures } from "../modules/spreadsheets/spreadsheet-fixtures.js";
import { getTestApp } from "../testing/harness.js";

async function get(url: string, acceptEncoding: string) {
  const app = await getTestApp();
  return app.inject({ method: "GET", url, headers: { "accept-encoding": acceptEncoding } });
}

describe("compressed answers", () => {
  it("sends a big tRPC answer brotli or gzip as the client accepts, and the same JSON", async () => {
    const db = await getTestDb();
    for (let n = 0; n < 15; n += 1) await createOrganisation(db);
    const url = `/api/trpc/organisations.list?input=${encodeURIComponent(JSON.stringify({}))}`;

    const plain = await get(url, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const brotli = await get(url, "gzip, deflate, br");
    expect([brotli.statusCode, brotli.headers["content-encoding"], brotli.headers.vary]).toEqual([200, "br", expect.stringMatching(/accept-encoding/i)]);
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toHaveProperty("result.data");
    expect(brotli.headers["content-type"]).toMatch(/^application\/json/);
    expect(brotli.headers["cache-control"]).toBe(plain.headers["cache-control"]);

    const gzip = await get(url, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toHaveProperty("result.data");
  });

  it("leaves a small answer as it is", async () => {
    const response = await get("/api/trpc/auth.me", "gzip, deflate, br");
    expect([response.statusCode, response.headers["content-encoding"]]).toEqual([200, undefined]);
    expect(response.json()).toEqual({ result: { data: null } });
  });

  it("keeps a refusal's status and body when compressing it", async () => {
    const calls = Array.from({ length: 12 }, () => "programmes.get").join(",");
    const inputs = Object.fromEntries(Array.from({ length: 12 }, (_, n) => [n, { id: "not-a-uuid" }]));
    const response = await get(`/api/trpc/${calls}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`, "br");
    expect([response.statusCode, response.headers["content-encoding"]]).toEqual([400, "br"]);
    const body = JSON.parse(brotliDecompressSync(response.rawPayload).toString()) as Array<{ error: { data: { domainCode: string } } }>;
    expect(body.map((item) => item.error.data.domainCode)).toEqual(Array(12).fill("INVALID_INPUT"));
  });

  it("compresses the public JSON API too", async () => {
    const response = await get("/api/public/v1/councils", "br");
    expect(response.statusCode).toBe(200);
    const encoded = response.headers["content-encoding"];
    const body = encoded === "br" ? brotliDecompressSync(response.rawPayload).toString() : response.body;
    expect(JSON.parse(body)).toHaveProperty("apiVersion", "1");
    // Compressed exactly when there is enough to compress.
    expect(encoded === "br").toBe(Buffer.byteLength(body) >= 1024);
  });

  it("sends a workbook as it was made: a zip archive is not compressed again", async () => {
    const world = await programmeWithMeasures();
    const app = await getTestApp();
    const response = await app.inject({
      method: "GET",
      url: `/api/files/spreadsheets.measures?input=${encodeURIComponent(JSON.stringify({ programmeId: world.programme.id }))}`,
      headers: { cookie: world.secretariat.cookie, "accept-encoding": "gzip, deflate, br" },
    });
    expect([response.statusCode, response.headers["content-encoding"]]).toEqual([200, undefined]);
    expect(response.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});
