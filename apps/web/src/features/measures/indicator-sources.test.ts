import { describe, expect, it } from "vitest";
import { importsOf, pointOn, sourcesOn } from "./indicator-sources";

const at = "2025-03-01T04:00:00.000Z";
const series = [
  { points: [
    { date: "2023-01-01", source: "ssb", importedAt: at, value: 21577, status: null },
    { date: "2024-01-01", source: "manual", importedAt: null, value: 21700, status: null },
  ] },
  { points: [
    { date: "2023-01-01", source: "ssb", importedAt: at, value: null, status: ".." },
    { date: "2024-01-01", source: "ssb", importedAt: "2025-03-02T04:00:00.000Z", value: 6675, status: null },
  ] },
];

describe("indicator sources", () => {
  it("gives each date's sources once, imported first", () => {
    expect(sourcesOn(series, "2023-01-01")).toEqual([{ source: "ssb", importedAt: at }]);
    expect(sourcesOn(series, "2024-01-01")).toEqual([
      { source: "ssb", importedAt: "2025-03-02T04:00:00.000Z" }, { source: "manual", importedAt: null },
    ]);
  });

  it("finds a series' point on a date, with its status", () => {
    expect(pointOn(series[1], "2023-01-01")).toMatchObject({ value: null, status: ".." });
    expect(pointOn(series[1], "2020-01-01")).toBeUndefined();
  });

  it("gives the latest import of each source", () => {
    expect(importsOf(series)).toEqual([{ source: "ssb", importedAt: "2025-03-02T04:00:00.000Z" }]);
  });
});
