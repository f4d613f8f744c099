import { describe, expect, it } from "vitest";
import { progressSummary, statusCounts, totalOf } from "./measure-status";

describe("measure status counts", () => {
  it("add tallies into every status, zero where none", () => {
    const counts = statusCounts([{ status: "completed", count: 2 }, { status: "in_progress", count: 3 }, { status: "completed", count: 1 }]);
    expect(counts).toEqual({ planned: 0, in_progress: 3, completed: 3, delayed: 0, cancelled: 0 });
    expect(totalOf(counts)).toBe(6);
  });

  it("summarise a programme, leaving cancelled measures out of the average progress", () => {
    const summary = progressSummary([
      { status: "completed", progress: 100 }, { status: "in_progress", progress: 41 }, { status: "cancelled", progress: 0 },
    ]);
    expect(summary).toEqual({ measureCount: 3, byStatus: { planned: 0, in_progress: 1, completed: 1, delayed: 0, cancelled: 1 }, averageProgress: 71 });
    expect(progressSummary([]).averageProgress).toBe(0);
  });
});
