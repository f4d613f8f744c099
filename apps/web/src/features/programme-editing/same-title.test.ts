import { describe, expect, it } from "vitest";
import type { FocusAreaNode, MeasureSummary } from "../programmes/types";
import { sameTitleMeasures } from "./same-title";

const measure = (id: string, number: string, title: string) => ({ id, number, title }) as MeasureSummary;
const area = (measures: MeasureSummary[], children: FocusAreaNode[] = []) => ({ measures, children }) as unknown as FocusAreaNode;

describe("sameTitleMeasures", () => {
  const programme = {
    focusAreas: [area([measure("a", "1.1", "Regional ladestruktur")], [area([measure("b", "1.2", "Mjøsbyen")])])],
    unassignedMeasures: [measure("c", "2.1", "regional  ladestruktur ")],
  };

  it("finds measures with the same title whatever the case and spacing, sub-themes and unplaced ones included", () => {
    expect(sameTitleMeasures(programme, "Regional Ladestruktur").map((m) => m.number)).toEqual(["1.1", "2.1"]);
    expect(sameTitleMeasures(programme, "Mjøsbyen").map((m) => m.number)).toEqual(["1.2"]);
  });

  it("finds none for a new title or an empty one", () => {
    expect(sameTitleMeasures(programme, "Regional ladestruktur – etappe 2")).toEqual([]);
    expect(sameTitleMeasures(programme, "  ")).toEqual([]);
  });
});
