import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeJsonStat } from "./json-stat.js";
import { FIXTURES_DIR } from "./testing/index.js";

const fixture = (name: string): unknown => JSON.parse(readFileSync(`${FIXTURES_DIR}${name}`, "utf8"));

describe("decodeJsonStat", () => {
  it("reads the flat value array row-major, the last dimension fastest", () => {
    const cube = decodeJsonStat(fixture("ssb-07459.json"));
    expect(cube.dimensions.map((dimension) => [dimension.id, dimension.categories.length])).toEqual([["Region", 2], ["ContentsCode", 1], ["Tid", 5]]);
    expect(cube.cells).toHaveLength(10);
    expect(cube.cells[0]).toEqual({ codes: { Region: "3420", ContentsCode: "Personer1", Tid: "2020" }, value: 21254, status: null });
    expect(cube.cells[4]).toMatchObject({ codes: { Region: "3420", Tid: "2024" }, value: 21700 });
    expect(cube.cells[5]).toMatchObject({ codes: { Region: "3421", Tid: "2020" }, value: 6627 });
    expect(cube.roles).toEqual({ time: ["Tid"], geo: ["Region"], metric: ["ContentsCode"] });
    expect(cube.dimensions[0]?.categories[0]).toEqual({ code: "3420", label: "Elverum" });
  });

  it("gives a special cell its status and no value", () => {
    const cube = decodeJsonStat(fixture("ssb-07459.json"));
    expect(cube.cells[9]).toEqual({ codes: { Region: "3421", ContentsCode: "Personer1", Tid: "2024" }, value: null, status: ".." });
  });

  it("reads sparse values, array indexes, one status for all and a dimension without index", () => {
    const cube = decodeJsonStat({
      version: "2.0", class: "dataset", id: ["A", "B", "C"], size: [2, 1, 2],
      dimension: {
        A: { category: { index: ["a1", "a2"] } },
        B: { category: { label: { only: "Only" } } },
        C: { category: { index: { c2: 1, c1: 0 } } },
      },
      value: { "1": 5, "3": 7 },
      status: "p",
    });
    expect(cube.cells.map((cell) => [cell.codes.A, cell.codes.B, cell.codes.C, cell.value, cell.status])).toEqual([
      ["a1", "only", "c1", null, "p"],
      ["a1", "only", "c2", 5, "p"],
      ["a2", "only", "c1", null, "p"],
      ["a2", "only", "c2", 7, "p"],
    ]);
  });

  it.each([
    ["a value array shorter than size", fixture("ssb-malformed.json")],
    ["not a dataset", { version: "2.0", class: "collection" }],
    ["an undescribed dimension", { version: "2.0", class: "dataset", id: ["A"], size: [1], dimension: {}, value: [1] }],
    ["categories that do not match size", { version: "2.0", class: "dataset", id: ["A"], size: [2], dimension: { A: { category: { index: ["x"] } } }, value: [1, 2] }],
    ["a sparse cell outside the cube", { version: "2.0", class: "dataset", id: ["A"], size: [1], dimension: { A: { category: { index: ["x"] } } }, value: { "3": 1 } }],
    ["a text value", { version: "2.0", class: "dataset", id: ["A"], size: [1], dimension: { A: { category: { index: ["x"] } } }, value: ["1"] }],
  ])("refuses %s as malformed", (_name, input) => {
    expect(() => decodeJsonStat(input)).toThrowError(expect.objectContaining({ name: "StatisticsError", kind: "malformed", source: "ssb" }));
  });
});
