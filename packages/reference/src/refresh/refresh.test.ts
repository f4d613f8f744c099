import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readOfficialList } from "../files.js";
import { entriesOn } from "../lists.js";
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from "../testing/index.js";
import { refreshReferenceLists } from "./refresh.js";

let server: FixtureServer;
let dir: string;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "samspill-reference-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const refresh = (options: { countries?: ("NO" | "SE")[]; date?: string } = {}) =>
  refreshReferenceLists({
    dataDir: dir, from: "2020-01-01", date: options.date ?? "2025-12-31",
    ssbUrl: server.url, scbUrl: server.url, ...(options.countries ? { countries: options.countries } : {}),
  });
const contents = () => Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), "utf8")]));
const fixture = (file: string) => readFileSync(`${FIXTURES_DIR}${file}`, "utf8");

describe("refreshing the lists from SSB KLASS and SCB", () => {
  it("writes Norway's counties and municipalities with their periods since 2020, and the 2024 changes", async () => {
    await refresh({ countries: ["NO"] });
    const list = readOfficialList("NO", dir);
    expect(list).toMatchObject({ from: "2020-01-01", date: "2025-12-31", licence: "CC BY 4.0" });
    const eidsvoll = list.municipalities.filter((m) => m.name === "Eidsvoll");
    expect(eidsvoll).toEqual([
      { code: "3035", name: "Eidsvoll", county: "30", validFrom: "2020-01-01", validTo: "2023-12-31" },
      { code: "3240", name: "Eidsvoll", county: "32", validFrom: "2024-01-01", validTo: null },
    ]);
    expect(list.municipalities.filter((m) => m.code === "0301")).toEqual([
      { code: "0301", name: "Oslo", county: "03", validFrom: "2020-01-01", validTo: null },
    ]);
    expect(list.municipalities.map((m) => m.code)).not.toContain("9999");
    expect(list.counties.map((c) => c.code)).not.toContain("99");
    expect(entriesOn(list.counties, "2023-06-30").map((c) => c.code)).toEqual(["03", "15", "30", "34", "38", "54"]);
    expect(entriesOn(list.counties, "2024-01-01").map((c) => c.code)).toEqual(["03", "15", "31", "32", "33", "34", "39", "40", "55", "56"]);
    const changed = list.changes.map((c) => `${c.kind} ${c.oldCode}→${c.newCode} ${c.changeOccurred}`);
    expect(changed).toEqual(expect.arrayContaining([
      "county 30→31 2024-01-01", "county 30→32 2024-01-01", "county 30→33 2024-01-01",
      "county 38→39 2024-01-01", "county 38→40 2024-01-01", "county 54→55 2024-01-01", "county 54→56 2024-01-01",
      "municipality 3035→3240 2024-01-01", "municipality 3805→3909 2024-01-01", "municipality 5401→5501 2024-01-01",
      "municipality 1507→1508 2024-01-01", "municipality 1507→1580 2024-01-01",
    ]));
    expect(server.requests).toEqual(expect.arrayContaining([
      "/api/klass/v1/classifications/131/codes?from=2020-01-01&to=2026-01-01",
      "/api/klass/v1/classifications/131/codesAt?date=2025-12-31",
      "/api/klass/v1/classifications/131/changes?from=2020-01-02&to=2026-01-01",
    ]));
    expect(readFileSync(join(dir, "no-municipalities.json"), "utf8").split("\n")[1])
      .toBe('  {"code":"0301","name":"Oslo","county":"03","validFrom":"2020-01-01","validTo":null},');
  });

  it("writes the same files when nothing changed, and dates what moved in Sweden by the refresh", async () => {
    await refresh();
    const first = contents();
    await refresh();
    expect(contents()).toEqual(first);
    expect(readOfficialList("SE", dir).municipalities).toContainEqual({ code: "0884", name: "Vimmerby", county: "08", validFrom: "2020-01-01", validTo: null });

    server.replace("scb-befolkningny.json", fixture("scb-befolkningny.json").replace('"0880",\n', "").replace('"Kalmar",\n', ""));
    try {
      await refresh({ countries: ["SE"], date: "2026-03-01" });
    } finally {
      server.replace("scb-befolkningny.json", fixture("scb-befolkningny.json"));
    }
    const sweden = readOfficialList("SE", dir);
    expect(sweden.municipalities).toContainEqual({ code: "0880", name: "Kalmar", county: "08", validFrom: "2020-01-01", validTo: "2026-02-28" });
    expect(sweden.changes).toEqual([
      { kind: "municipality", changeOccurred: "2026-03-01", oldCode: "0880", oldName: "Kalmar", newCode: null, newName: null },
    ]);
    expect(readOfficialList("NO", dir).date).toBe("2025-12-31");
  });

  it("writes nothing when a source answers something malformed or inconsistent", async () => {
    await refresh();
    const before = contents();
    server.replace("klass-131-codes.json", fixture("klass-malformed.json"));
    try {
      await expect(refresh()).rejects.toMatchObject({ source: "ssb", kind: "malformed" });
    } finally {
      server.replace("klass-131-codes.json", fixture("klass-131-codes.json"));
    }
    server.replace("klass-131-codesAt.json", fixture("klass-131-codesAt.json").replace('"name": "Haram"', '"name": "Harang"'));
    try {
      await expect(refresh()).rejects.toThrow(/codes and codesAt disagree on 2025-12-31: codesAt has 1580 Harang/);
    } finally {
      server.replace("klass-131-codesAt.json", fixture("klass-131-codesAt.json"));
    }
    server.replace("scb-befolkningny.json", fixture("scb-malformed.json"));
    try {
      await expect(refresh()).rejects.toMatchObject({ source: "scb", kind: "malformed" });
    } finally {
      server.replace("scb-befolkningny.json", fixture("scb-befolkningny.json"));
    }
    expect(contents()).toEqual(before);
  });

  it("refuses a municipality whose county the list does not hold", async () => {
    const codes = JSON.parse(fixture("klass-104-codes.json")) as { codes: { code: string }[] };
    server.replace("klass-104-codes.json", JSON.stringify({ codes: codes.codes.filter((c) => c.code !== "32") }));
    server.replace("klass-104-codesAt.json", JSON.stringify({ codes: JSON.parse(fixture("klass-104-codesAt.json")).codes.filter((c: { code: string }) => c.code !== "32") }));
    try {
      await expect(refresh({ countries: ["NO"] })).rejects.toThrow(/municipality 3201 Bærum: no county 32 on 2024-01-01/);
    } finally {
      server.replace("klass-104-codes.json", fixture("klass-104-codes.json"));
      server.replace("klass-104-codesAt.json", fixture("klass-104-codesAt.json"));
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
