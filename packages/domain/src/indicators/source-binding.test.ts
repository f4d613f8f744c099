import { describe, expect, it } from "vitest";
import {
  assertRegionsFit, BindIndicatorSourceInputSchema, regionsToImport, SourceBindingSchema, sourceBindingOf, valuesFromObservations,
} from "./source-binding";

const ELVERUM = "00000000-0000-4000-8000-000000003420";
const TRYSIL = "00000000-0000-4000-8000-000000003421";
const population = { source: "ssb", table: "07459", contentsCode: "Personer1" } as const;

describe("SourceBindingSchema", () => {
  it("reads SSB and Kolada bindings, the period's end unless told", () => {
    expect(SourceBindingSchema.parse(population)).toEqual({ ...population, at: "end" });
    expect(SourceBindingSchema.parse({ source: "kolada", kpi: "N01951", at: "end", regions: [{ municipalityId: null, codes: ["0884"] }] }))
      .toMatchObject({ kpi: "N01951", regions: [{ municipalityId: null, codes: ["0884"] }] });
  });

  it.each([
    [{ ...population, table: "7459" }, ["table"]],
    [{ ...population, contentsCode: "Per/soner" }, ["contentsCode"]],
    [{ source: "kolada", kpi: "n01951" }, ["kpi"]],
    [{ ...population, regions: [{ municipalityId: ELVERUM, codes: ["34/20"] }] }, ["regions", 0, "codes", 0]],
    [{ ...population, regions: [{ municipalityId: ELVERUM, codes: ["3420"] }, { municipalityId: ELVERUM, codes: ["0427"] }] }, ["regions", 1, "municipalityId"]],
    [{ ...population, kpi: "N01951" }, []],
  ])("refuses %o at its field", (bad, path) => {
    const result = SourceBindingSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it("binds at a version, or unbinds with null", () => {
    const id = ELVERUM;
    expect(BindIndicatorSourceInputSchema.safeParse({ id, version: 1, binding: null }).success).toBe(true);
    expect(BindIndicatorSourceInputSchema.safeParse({ id, binding: population }).success).toBe(false);
  });
});

describe("sourceBindingOf", () => {
  it("takes the source from the indicator's column", () => {
    expect(sourceBindingOf({ source: "ssb", sourceRef: { table: "07459", contentsCode: "Personer1" } })).toMatchObject(population);
    expect(sourceBindingOf({ source: "manual", sourceRef: population })).toBeNull();
    expect(sourceBindingOf({ source: "kolada", sourceRef: population })).toBeNull();
    expect(sourceBindingOf({ source: "ssb", sourceRef: null })).toBeNull();
  });
});

describe("regionsToImport", () => {
  const binding = SourceBindingSchema.parse(population);
  const members = [{ id: ELVERUM, code: "3420" }, { id: TRYSIL, code: "3421" }, { id: "x", code: null }];

  it("asks for each coded municipality of an indicator kept per municipality", () => {
    expect(regionsToImport(binding, { perMunicipality: true }, members)).toEqual([
      { municipalityId: ELVERUM, codes: ["3420"] }, { municipalityId: TRYSIL, codes: ["3421"] },
    ]);
  });

  it("takes one municipality's code as the total, but never sums a council", () => {
    expect(regionsToImport(binding, { perMunicipality: false }, [members[0]!])).toEqual([{ municipalityId: null, codes: ["3420"] }]);
    expect(regionsToImport(binding, { perMunicipality: false }, members)).toEqual([]);
  });

  it("prefers the binding's own regions", () => {
    const own = SourceBindingSchema.parse({ ...population, regions: [{ municipalityId: ELVERUM, codes: ["3420"] }] });
    expect(regionsToImport(own, { perMunicipality: true }, members)).toEqual([{ municipalityId: ELVERUM, codes: ["3420"] }]);
  });
});

describe("assertRegionsFit", () => {
  it("names the field of a region that is not the indicator's", () => {
    const regions = [{ municipalityId: null, codes: ["34"] }, { municipalityId: TRYSIL, codes: ["3421"] }];
    expect(() => assertRegionsFit(regions, { perMunicipality: true }, [ELVERUM])).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT", reason: "not_a_municipality_of_indicator", params: { field: "binding.regions.1.municipalityId" } }),
    );
    expect(() => assertRegionsFit(regions, { perMunicipality: false }, [TRYSIL])).toThrowError(
      expect.objectContaining({ reason: "indicator_not_per_municipality" }),
    );
    expect(() => assertRegionsFit(regions, { perMunicipality: true }, [TRYSIL])).not.toThrow();
  });
});

describe("valuesFromObservations", () => {
  it("takes the first code with a figure, keeps status cells and leaves out empty ones", () => {
    const regions = [{ municipalityId: ELVERUM, codes: ["3420", "0427"] }, { municipalityId: TRYSIL, codes: ["3421"] }];
    const values = valuesFromObservations(regions, [
      { code: "3420", date: "2024-01-01", value: 21700, status: null },
      { code: "0427", date: "2019-01-01", value: 21000, status: null },
      { code: "3420", date: "2019-01-01", value: null, status: ".." },
      { code: "3421", date: "2024-01-01", value: null, status: ".." },
      { code: "3421", date: "2019-01-01", value: null, status: null },
      { code: "9999", date: "2024-01-01", value: 5, status: null },
    ]);
    expect(values).toEqual([
      { municipalityId: ELVERUM, measuredOn: "2019-01-01", value: 21000, status: null },
      { municipalityId: ELVERUM, measuredOn: "2024-01-01", value: 21700, status: null },
      { municipalityId: TRYSIL, measuredOn: "2024-01-01", value: null, status: ".." },
    ]);
  });
});
