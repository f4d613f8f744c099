import { describe, expect, it } from "vitest";
import { getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { getFixtureServer } from "../../testing/statistics.js";
import { councilProgramme } from "../measures/measure-fixtures.js";
import { ok } from "../programmes/programme-fixtures.js";
import { councilOf, municipalityWithCode, valueRows } from "./source-fixtures.js";

// Importing from SSB and Kolada through the API, against the fixture server that stands in
// for both: Elverum's population from table 07459, Vimmerby's inhabitants from KPI N01951.

const POPULATION = { source: "ssb", table: "07459", contentsCode: "Personer1", at: "start" } as const;

async function sorOsterdal() {
  const elverum = await municipalityWithCode("NO", "3420", "Elverum");
  const trysil = await municipalityWithCode("NO", "3421", "Trysil");
  const council = await councilOf(elverum, trysil);
  const { goalId } = await councilProgramme(council.id);
  const secretariat = (await signedInUser("secretariat", council.id)).cookie;
  const indicator = await ok<{ id: string; version: number }>("mutation", "indicators.create", {
    kind: "outcome", goalId, name: "Folketall 1. januar", unit: "personer", perMunicipality: true,
  }, secretariat);
  return { elverum, trysil, council, goalId, secretariat, indicator };
}

describe("indicators.importValues from SSB", () => {
  it("fills Elverum's population per municipality under the organisations' codes, with the status cell", async () => {
    const { elverum, trysil, secretariat, indicator } = await sorOsterdal();
    const bound = await ok<{ version: number; source: string; binding: unknown }>("mutation", "indicators.bindSource", {
      id: indicator.id, version: indicator.version, binding: POPULATION,
    }, secretariat);
    expect(bound).toMatchObject({ source: "ssb", version: indicator.version + 1, binding: { table: "07459", contentsCode: "Personer1", at: "start" } });

    const server = await getFixtureServer();
    const result = await ok<{ imported: number; source: string; importedAt: string }>("mutation", "indicators.importValues", { id: indicator.id }, secretariat);
    expect(result).toMatchObject({ imported: 10, source: "ssb" });
    expect(server.requests.at(-1)).toContain("/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=3420,3421&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=top(5)");

    const rows = await valueRows(indicator.id);
    const elverums = rows.filter((row) => row.municipalityId === elverum.id);
    expect(elverums.map((row) => [row.measuredOn, row.value])).toEqual([
      ["2020-01-01", 21254], ["2021-01-01", 21363], ["2022-01-01", 21497], ["2023-01-01", 21577], ["2024-01-01", 21700],
    ]);
    expect(rows.every((row) => row.source === "ssb" && row.importedAt !== null)).toBe(true);
    expect(rows.find((row) => row.municipalityId === trysil.id && row.measuredOn === "2024-01-01")).toMatchObject({ value: null, status: ".." });

    const view = await ok<{ series: Array<{ municipalityName: string; points: Array<{ source: string; importedAt: string | null }> }> }>(
      "query", "indicators.get", { id: indicator.id }, secretariat,
    );
    expect(view.series.map((series) => series.municipalityName)).toEqual([elverum.name, trysil.name]);
    expect(view.series[0]?.points[0]).toMatchObject({ source: "ssb", importedAt: result.importedAt });

    // Again: the same figures replaced, not duplicated.
    await ok("mutation", "indicators.importValues", { id: indicator.id }, secretariat);
    const again = await valueRows(indicator.id);
    expect(again).toHaveLength(10);
    expect(again.every((row) => row.version === 2)).toBe(true);
  });

  it("asks only for the binding's own regions, and says which municipalities an import covers", async () => {
    const { elverum, trysil, secretariat, indicator } = await sorOsterdal();
    const regions = await ok<{ municipalities: Array<{ id: string; code: string }>; defaultRegions: unknown[] }>(
      "query", "indicators.sourceRegions", { id: indicator.id }, secretariat,
    );
    expect(regions.municipalities.map((municipality) => municipality.code)).toEqual(["3420", "3421"]);
    expect(regions.defaultRegions).toEqual([{ municipalityId: elverum.id, codes: ["3420"] }, { municipalityId: trysil.id, codes: ["3421"] }]);

    await ok("mutation", "indicators.bindSource", {
      id: indicator.id, version: indicator.version, binding: { ...POPULATION, regions: [{ municipalityId: elverum.id, codes: ["3420"] }] },
    }, secretariat);
    expect(await ok("mutation", "indicators.importValues", { id: indicator.id }, secretariat)).toMatchObject({ imported: 5 });
    expect(new Set((await valueRows(indicator.id)).map((row) => row.municipalityId))).toEqual(new Set([elverum.id]));
  });
});

describe("indicators.importValues from Kolada", () => {
  it("fills Vimmerby's inhabitants as the total from both pages, with the missing year", async () => {
    const vimmerby = await municipalityWithCode("SE", "0884", "Vimmerby kommun");
    const { goalId } = await councilProgramme(vimmerby.id);
    const cookie = (await signedInUser("secretariat", vimmerby.id)).cookie;
    const indicator = await ok<{ id: string }>("mutation", "indicators.create", {
      kind: "outcome", goalId, name: "Invånare totalt, antal", unit: "invånare", source: "kolada", sourceRef: { source: "kolada", kpi: "N01951" },
    }, cookie);
    const server = await getFixtureServer();
    const before = server.requests.length;
    expect(await ok("mutation", "indicators.importValues", { id: indicator.id }, cookie)).toMatchObject({ imported: 5, source: "kolada" });
    expect(server.requests.slice(before)).toEqual([
      expect.stringMatching(/^\/v3\/data\/kpi\/N01951\/municipality\/0884\/year\/\d{4}(,\d{4}){4}$/),
      expect.stringContaining("page=2"),
    ]);
    const rows = await valueRows(indicator.id);
    expect(rows.map((row) => [row.municipalityId, row.measuredOn, row.value, row.status, row.source])).toEqual([
      [null, "2020-12-31", 15481, null, "kolada"],
      [null, "2021-12-31", 15492, null, "kolada"],
      [null, "2022-12-31", 15509, null, "kolada"],
      [null, "2023-12-31", 15430, null, "kolada"],
      [null, "2024-12-31", null, "Missing", "kolada"],
    ]);
  });
});

describe("indicators.bindSource", () => {
  it("checks the version, the regions' municipalities and who may bind", async () => {
    const { secretariat, indicator, council } = await sorOsterdal();
    const stranger = await municipalityWithCode("NO", "3403", "Hamar");
    const outside = await trpcMutation("indicators.bindSource", {
      id: indicator.id, version: indicator.version, binding: { ...POPULATION, regions: [{ municipalityId: stranger.id, codes: ["3403"] }] },
    }, { cookie: secretariat });
    expect(outside.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "not_a_municipality_of_indicator", params: { field: "binding.regions.0.municipalityId" } });

    const badTable = await trpcMutation("indicators.bindSource", { id: indicator.id, version: indicator.version, binding: { ...POPULATION, table: "7459" } }, { cookie: secretariat });
    expect(badTable.status).toBe(400);
    expect(badTable.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["binding.table"]);

    const member = (await signedInUser("municipality_contributor", (await councilMember(council.id)).id)).cookie;
    expect((await trpcMutation("indicators.bindSource", { id: indicator.id, version: indicator.version, binding: POPULATION }, { cookie: member })).status).toBe(403);

    const bound = await ok<{ version: number }>("mutation", "indicators.bindSource", { id: indicator.id, version: indicator.version, binding: POPULATION }, secretariat);
    const stale = await trpcMutation("indicators.bindSource", { id: indicator.id, version: indicator.version, binding: null }, { cookie: secretariat });
    expect(stale.status).toBe(409);
    const unbound = await ok<{ source: string; binding: unknown }>("mutation", "indicators.bindSource", { id: indicator.id, version: bound.version, binding: null }, secretariat);
    expect(unbound).toMatchObject({ source: "manual", binding: null });
    const unboundImport = await trpcMutation("indicators.importValues", { id: indicator.id }, { cookie: secretariat });
    expect(unboundImport.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "indicator_not_bound" });
  });
});

/** One of the council's members, to sign in as its contributor. */
async function councilMember(councilId: string) {
  const db = await getTestDb();
  const row = await db.selectFrom("membership").select("municipalityId as id").where("councilId", "=", councilId).executeTakeFirstOrThrow();
  return row;
}
