import { describe, expect, it } from "vitest";
import { bindingInput, bindingValuesOf, fieldOfPath, regionFields, TOTAL } from "./binding-values";

const ELVERUM = "e1";
const TRYSIL = "t1";
const regions = {
  municipalities: [{ id: ELVERUM, name: "Elverum", code: "3420" }, { id: TRYSIL, name: "Trysil", code: "3421" }],
  defaultRegions: [{ municipalityId: ELVERUM, codes: ["3420"] }, { municipalityId: TRYSIL, codes: ["3421"] }],
  regions: [],
};

describe("bind form values", () => {
  it("has a code field per municipality, or the total alone", () => {
    expect(regionFields(true, regions)).toEqual([{ key: ELVERUM, name: "Elverum" }, { key: TRYSIL, name: "Trysil" }]);
    expect(regionFields(false, regions)).toEqual([{ key: TOTAL, name: null }]);
  });

  it("starts from the binding's regions, else the municipalities' own codes", () => {
    const fields = regionFields(true, regions);
    expect(bindingValuesOf(null, fields, regions)).toEqual({
      source: "manual", table: "", contentsCode: "", kpi: "", at: "end", codes: { [ELVERUM]: "3420", [TRYSIL]: "3421" },
    });
    const binding = { source: "ssb" as const, table: "07459", contentsCode: "Personer1", at: "start" as const, regions: [{ municipalityId: ELVERUM, codes: ["0427", "3420"] }] };
    expect(bindingValuesOf(binding, fields, regions)).toMatchObject({ source: "ssb", table: "07459", at: "start", codes: { [ELVERUM]: "0427, 3420", [TRYSIL]: "" } });
  });

  it("sends the filled-in codes and leaves out empty municipalities", () => {
    const fields = regionFields(true, regions);
    const submit = bindingInput({ source: "ssb", table: " 07459 ", contentsCode: "Personer1", kpi: "", at: "start", codes: { [ELVERUM]: "3420", [TRYSIL]: " " } }, fields);
    expect(submit).toEqual({
      binding: { source: "ssb", table: "07459", contentsCode: "Personer1", at: "start", regions: [{ municipalityId: ELVERUM, codes: ["3420"] }] },
      errors: {},
      regionKeys: [ELVERUM],
    });
    expect(bindingInput({ source: "kolada", table: "", contentsCode: "", kpi: "n01951", at: "end", codes: { [TOTAL]: "0884" } }, [{ key: TOTAL, name: null }]).binding)
      .toEqual({ source: "kolada", kpi: "N01951", at: "end", regions: [{ municipalityId: null, codes: ["0884"] }] });
    expect(bindingInput({ source: "manual", table: "", contentsCode: "", kpi: "", at: "end", codes: {} }, fields).binding).toBeNull();
  });

  it("names the fields to correct", () => {
    const fields = regionFields(true, regions);
    expect(bindingInput({ source: "ssb", table: "7459", contentsCode: "", kpi: "", at: "end", codes: { [ELVERUM]: "34/20", [TRYSIL]: "" } }, fields).errors)
      .toEqual({ table: "invalid", contentsCode: "required", [ELVERUM]: "invalid" });
    expect(bindingInput({ source: "kolada", table: "", contentsCode: "", kpi: "N01951", at: "end", codes: {} }, fields).errors)
      .toEqual({ [ELVERUM]: "required" });
  });

  it("places the server's issues on the fields", () => {
    expect(fieldOfPath("binding.table", [])).toBe("table");
    expect(fieldOfPath("binding.regions.1.municipalityId", [ELVERUM, TRYSIL])).toBe(TRYSIL);
    expect(fieldOfPath("id", [])).toBeNull();
  });
});
