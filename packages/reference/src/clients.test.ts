import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReferenceSourceError } from "./http.js";
import { KlassClient } from "./klass-client.js";
import { ScbClient } from "./scb-client.js";
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from "./testing/index.js";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const fixture = (file: string) => readFileSync(`${FIXTURES_DIR}${file}`, "utf8");

describe("the KLASS client", () => {
  it("asks for the documented addresses and reads codes with their ranges", async () => {
    const client = new KlassClient({ baseUrl: `${server.url}/` });
    const codes = await client.codes("131", "2020-01-01", "2026-01-01");
    expect(server.requests.at(-1)).toBe("/api/klass/v1/classifications/131/codes?from=2020-01-01&to=2026-01-01");
    expect(codes).toContainEqual(expect.objectContaining({
      code: "3035", name: "Eidsvoll", validFromInRequestedRange: "2020-01-01", validToInRequestedRange: "2024-01-01",
    }));
    expect(await client.codesAt("104", "2025-12-31")).toContainEqual(expect.objectContaining({ code: "32", name: "Akershus" }));
    expect(server.requests.at(-1)).toBe("/api/klass/v1/classifications/104/codesAt?date=2025-12-31");
    expect(await client.changes("131", "2020-01-02", "2026-01-01")).toContainEqual({
      oldCode: "1507", oldName: "Ålesund", newCode: "1580", newName: "Haram", changeOccurred: "2024-01-01",
    });
  });

  it("refuses an answer that is not of the documented shape, naming the field", async () => {
    server.replace("klass-131-codes.json", fixture("klass-malformed.json"));
    try {
      const error = await new KlassClient({ baseUrl: server.url }).codes("131", "2020-01-01", "2026-01-01").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReferenceSourceError);
      expect(error).toMatchObject({ source: "ssb", kind: "malformed" });
      expect((error as Error).message).toMatch(/codes\.0\.validToInRequestedRange: expected a date/);
      expect((error as Error).message).toMatch(/codes\.1\.name/);
    } finally {
      server.replace("klass-131-codes.json", fixture("klass-131-codes.json"));
    }
  });

  it("tells a server error and an unreachable host apart", async () => {
    server.failNext("server_error");
    await expect(new KlassClient({ baseUrl: server.url }).codesAt("131", "2025-12-31"))
      .rejects.toMatchObject({ kind: "http", details: { status: 500 } });
    await expect(new KlassClient({ baseUrl: "http://127.0.0.1:9" }).codesAt("131", "2025-12-31"))
      .rejects.toMatchObject({ kind: "network" });
  });
});

describe("the SCB client", () => {
  it("reads län and kommuner from the Region variable and leaves out the whole country", async () => {
    const regions = await new ScbClient({ baseUrl: server.url }).regions();
    expect(server.requests.at(-1)).toBe("/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy");
    expect(regions.counties).toEqual([
      { code: "01", name: "Stockholms län" }, { code: "08", name: "Kalmar län" }, { code: "25", name: "Norrbottens län" },
    ]);
    expect(regions.municipalities).toContainEqual({ code: "0884", name: "Vimmerby", county: "08" });
    expect([...regions.counties, ...regions.municipalities].map((region) => region.code)).not.toContain("00");
  });

  it("refuses a Region variable whose codes and names do not pair up", async () => {
    server.replace("scb-befolkningny.json", fixture("scb-malformed.json"));
    try {
      await expect(new ScbClient({ baseUrl: server.url }).regions())
        .rejects.toMatchObject({ source: "scb", kind: "malformed", message: expect.stringMatching(/3 values but 2 names/) });
      server.replace("scb-befolkningny.json", JSON.stringify({ title: "x", variables: [{ code: "Tid", values: ["2024"], valueTexts: ["2024"] }] }));
      await expect(new ScbClient({ baseUrl: server.url }).regions()).rejects.toThrow(/no Region variable/);
      server.failNext("malformed");
      server.replace("scb-befolkningny.json", fixture("scb-befolkningny.json"));
      await expect(new ScbClient({ baseUrl: server.url }).regions()).rejects.toThrow(/variables: /);
    } finally {
      server.replace("scb-befolkningny.json", fixture("scb-befolkningny.json"));
    }
  });
});
