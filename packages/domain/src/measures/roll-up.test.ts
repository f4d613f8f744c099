import { describe, expect, it } from "vitest";
import type { MeasureStatus } from "../shared/enums";
import { money } from "../shared/money";
import { type RollUpPart, rollUpMeasure } from "./roll-up";

function part(status: MeasureStatus, progress = 0): RollUpPart {
  return { status, progress };
}

describe("rollUpMeasure status", () => {
  it.each<[string, RollUpPart[], MeasureStatus]>([
    ["all cancelled", [part("cancelled"), part("cancelled")], "cancelled"],
    ["all active completed", [part("completed", 100), part("cancelled"), part("completed", 100)], "completed"],
    ["any delayed wins over progress", [part("completed", 100), part("delayed", 30), part("in_progress", 50)], "delayed"],
    ["delayed even if others planned", [part("planned"), part("delayed", 10)], "delayed"],
    ["some completed, some planned", [part("completed", 100), part("planned")], "in_progress"],
    ["some in progress", [part("planned"), part("in_progress", 20)], "in_progress"],
    ["all planned", [part("planned"), part("planned"), part("cancelled")], "planned"],
  ])("%s", (_, parts, expected) => {
    expect(rollUpMeasure(parts)?.status).toBe(expected);
  });

  it("returns null without parts so the measure keeps its own values", () => {
    expect(rollUpMeasure([])).toBeNull();
  });
});

describe("rollUpMeasure progress", () => {
  it("averages the non-cancelled parts and rounds", () => {
    expect(rollUpMeasure([part("in_progress", 10), part("in_progress", 25), part("cancelled", 90)])?.progress).toBe(18);
    expect(rollUpMeasure([part("completed", 100), part("planned", 0), part("in_progress", 33)])?.progress).toBe(44);
  });

  it("is 0 when everything is cancelled", () => {
    expect(rollUpMeasure([part("cancelled", 80)])).toEqual({ status: "cancelled", progress: 0 });
  });

  it("weights by budget share when every active part has one in one currency", () => {
    const parts: RollUpPart[] = [
      { status: "completed", progress: 100, budgetShare: money(300_000, "NOK") },
      { status: "in_progress", progress: 0, budgetShare: money(100_000, "NOK") },
      { status: "cancelled", progress: 0, budgetShare: null },
    ];
    expect(rollUpMeasure(parts)?.progress).toBe(75);
  });

  it("falls back to a plain average for missing, mixed or zero shares", () => {
    const missing: RollUpPart[] = [
      { status: "completed", progress: 100, budgetShare: money(300_000, "NOK") },
      { status: "in_progress", progress: 0, budgetShare: null },
    ];
    const mixed: RollUpPart[] = [
      { status: "completed", progress: 100, budgetShare: money(300_000, "NOK") },
      { status: "in_progress", progress: 0, budgetShare: money(100_000, "SEK") },
    ];
    const zero: RollUpPart[] = [
      { status: "completed", progress: 100, budgetShare: money(0, "NOK") },
      { status: "in_progress", progress: 0, budgetShare: money(0, "NOK") },
    ];
    expect(rollUpMeasure(missing)?.progress).toBe(50);
    expect(rollUpMeasure(mixed)?.progress).toBe(50);
    expect(rollUpMeasure(zero)?.progress).toBe(50);
  });
});
