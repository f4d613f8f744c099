import type { OfficialList } from "@samspill/reference";
import { describe, expect, it } from "vitest";
import { holdersOf, planHolder, type ExistingOrganisation, type OfficialHolder } from "./official-sync-plan.js";

const list: OfficialList = {
  country: "NO", source: "test", licence: "test", from: "2020-01-01", date: "2025-12-31",
  counties: [],
  municipalities: [
    { code: "1875", name: "Hamarøy", county: "18", validFrom: "2020-01-01", validTo: "2021-12-31" },
    { code: "1875", name: "Hábmer - Hamarøy", county: "18", validFrom: "2022-01-01", validTo: null },
    { code: "3035", name: "Eidsvoll", county: "30", validFrom: "2020-01-01", validTo: "2021-06-30" },
    { code: "3035", name: "Eidsvoll", county: "30", validFrom: "2023-01-01", validTo: "2023-12-31" },
    { code: "3240", name: "Eidsvoll", county: "32", validFrom: "2024-01-01", validTo: null },
  ],
  changes: [],
};

const row = (overrides: Partial<ExistingOrganisation>): ExistingOrganisation => ({
  id: "row", kind: "municipality", country: "NO", code: "3240", name: "Eidsvoll", countyId: "akershus",
  validFrom: "2024-01-01", validTo: null, version: 1, ...overrides,
});

describe("the organisations the lists describe", () => {
  it("are a code's periods without a gap: a renaming stays one organisation, a gap starts another", () => {
    const holders = holdersOf(list, "municipality");
    expect(holders.map((h) => [h.code, h.name, h.names, h.validFrom, h.validTo, h.startKnown])).toEqual([
      ["1875", "Hábmer - Hamarøy", ["Hamarøy", "Hábmer - Hamarøy"], "2020-01-01", null, false],
      ["3035", "Eidsvoll", ["Eidsvoll"], "2020-01-01", "2021-06-30", false],
      ["3035", "Eidsvoll", ["Eidsvoll"], "2023-01-01", "2023-12-31", true],
      ["3240", "Eidsvoll", ["Eidsvoll"], "2024-01-01", null, true],
    ]);
  });
});

describe("the step for one organisation", () => {
  const [hamaroy, , , eidsvoll] = holdersOf(list, "municipality") as [OfficialHolder, OfficialHolder, OfficialHolder, OfficialHolder];

  it("creates what the installation lacks, matching by code and period and never by name", () => {
    const other = row({ code: "3035", name: "Eidsvoll", validFrom: "2020-01-01", validTo: "2023-12-31" });
    expect(planHolder(eidsvoll, [other], "akershus")).toEqual({
      action: "create", holder: eidsvoll, values: { name: "Eidsvoll", countyId: "akershus", validFrom: "2024-01-01", validTo: null },
    });
  });

  it("keeps a row that agrees, and sets the official start and end when they differ", () => {
    expect(planHolder(eidsvoll, [row({})], "akershus")).toMatchObject({ action: "keep" });
    expect(planHolder(eidsvoll, [row({ validFrom: "1900-01-01", validTo: "2030-12-31" })], "akershus"))
      .toMatchObject({ action: "update", patch: { validFrom: "2024-01-01", validTo: null } });
  });

  it("keeps an earlier start the lists cannot know, and moves a later one back to the lists' first day", () => {
    const hamarOy = row({ code: "1875", name: "Hamarøy", countyId: "nordland", validFrom: "1838-01-01" });
    expect(planHolder(hamaroy, [hamarOy], "nordland")).toMatchObject({ action: "update", patch: { name: "Hábmer - Hamarøy" } });
    expect(planHolder(hamaroy, [{ ...hamarOy, validFrom: "2024-01-01" }], "nordland"))
      .toMatchObject({ patch: { name: "Hábmer - Hamarøy", validFrom: "2020-01-01" } });
  });

  it("keeps a name the installation gave, and refuses a code held by an organisation of another kind", () => {
    expect(planHolder(eidsvoll, [row({ name: "Eidsvoll kommune" })], "akershus")).toMatchObject({ action: "keep" });
    expect(() => planHolder(eidsvoll, [row({ kind: "county" })], "akershus"))
      .toThrow(expect.objectContaining({ code: "INVALID_STATE", reason: "official_code_of_other_kind" }));
  });
});
