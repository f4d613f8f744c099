import { describe, expect, it } from "vitest";
import { isOverdue, reportingFigures, reportingState, tallyReporting, type ReportingState } from "./reporting";

const items: Array<{ state: ReportingState; late: boolean }> = [
  { state: "approved", late: false },
  { state: "approved", late: true },
  { state: "submitted", late: true },
  { state: "returned", late: false },
  { state: "draft", late: false },
  { state: "missing", late: false },
  { state: "missing", late: false },
];

describe("reporting figures", () => {
  it("count expected, reported (submitted or approved), approved and late", () => {
    const figures = reportingFigures(tallyReporting(items), "2024-01-31", "2024-01-15");
    expect(figures).toEqual({
      expected: 7, missing: 2, draft: 1, submitted: 1, returned: 1, approved: 2, reported: 3, outstanding: 4, late: 2, overdue: 0,
    });
  });

  it("count what is still with the author as overdue after the deadline, not on the day", () => {
    expect(reportingFigures(tallyReporting(items), "2024-01-31", "2024-01-31").overdue).toBe(0);
    expect(reportingFigures(tallyReporting(items), "2024-01-31", "2024-02-01").overdue).toBe(4);
  });

  it("is the same from items or from their tallies", () => {
    const tallies = tallyReporting(items);
    expect(tallies.reduce((sum, tally) => sum + tally.count, 0)).toBe(items.length);
    expect(tallies.find((tally) => tally.state === "missing")).toEqual({ state: "missing", late: false, count: 2 });
  });

  it("names a report not started missing, and judges overdue per state", () => {
    expect(reportingState(null)).toBe("missing");
    expect(reportingState("returned")).toBe("returned");
    expect(["missing", "draft", "returned", "submitted", "approved"].map((state) => isOverdue(state as ReportingState, "2024-01-31", "2024-03-01")))
      .toEqual([true, true, true, false, false]);
  });
});
