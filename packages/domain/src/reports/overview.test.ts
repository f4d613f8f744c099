import { describe, expect, it } from "vitest";
import { type ReportForOverview, reportingOverview } from "./overview";

const expected = [
  { measureId: "ladestruktur", partId: "hamar" },
  { measureId: "ladestruktur", partId: "stange" },
  { measureId: "ladestruktur", partId: "loten" },
  { measureId: "ladestruktur", partId: "ringsaker" },
  { measureId: "ladestruktur", partId: "elverum" },
  { measureId: "mjosby", partId: null },
];
const reports: ReportForOverview[] = [
  { measureId: "ladestruktur", partId: "hamar", workflowStatus: "approved", late: false },
  { measureId: "ladestruktur", partId: "stange", workflowStatus: "returned", late: false },
  { measureId: "ladestruktur", partId: "loten", workflowStatus: "submitted", late: true },
  { measureId: "ladestruktur", partId: "ringsaker", workflowStatus: "draft", late: false },
  { measureId: "mjosby", partId: "hamar", workflowStatus: "approved", late: false },
];

describe("reportingOverview", () => {
  it("gives each expected item its state", () => {
    const rows = reportingOverview(expected, reports, "2024-01-31", "2024-01-15");
    expect(rows.map((row) => row.state)).toEqual(["approved", "returned", "submitted", "draft", "missing", "missing"]);
    expect(rows.map((row) => row.overdue)).toEqual([false, false, false, false, false, false]);
    expect(rows[2]?.late).toBe(true);
    expect(rows[4]?.report).toBeNull();
  });

  it("marks items still with the author as overdue after the deadline", () => {
    const rows = reportingOverview(expected, reports, "2024-01-31", "2024-02-01");
    expect(rows.map((row) => row.overdue)).toEqual([false, true, false, true, true, true]);
  });

  it("is not overdue on the deadline day itself", () => {
    const rows = reportingOverview(expected, [], "2024-01-31", "2024-01-31");
    expect(rows.every((row) => row.state === "missing" && !row.overdue)).toBe(true);
  });
});
