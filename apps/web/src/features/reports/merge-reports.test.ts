import { describe, expect, it } from "vitest";
import { mergeReports } from "./merge-reports";
import type { OverviewItem, QueueItem } from "./types";

const expected: OverviewItem = {
  measureId: "m1", partId: "p1", measureTitle: "Lade", scope: "shared", organisationId: "o1", organisationName: "Stange",
  reportId: "r1", reportVersion: 1, state: "draft", overdue: false, late: false, viewer: { write: { allowed: true, reason: null } },
};
const report = (id: string, measureId: string, partId: string | null, status: QueueItem["workflowStatus"]) =>
  ({ ...expected, id, measureId, partId, workflowStatus: status, version: 2, late: false }) as unknown as QueueItem;

describe("mergeReports", () => {
  it("keeps the expected rows and adds started reports not among them", () => {
    const rows = mergeReports([expected], [report("r1", "m1", "p1", "draft"), report("r2", "m2", null, "returned")], "2027-01-15", "2027-02-01");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ reportId: "r2", scope: "local", state: "returned", overdue: true });
  });

  it("does not mark a report overdue before the deadline or once it is in", () => {
    const rows = mergeReports([], [report("r2", "m2", null, "draft"), report("r3", "m3", null, "submitted")], "2027-01-15", "2027-02-01");
    expect(rows.map((row) => row.overdue)).toEqual([true, false]);
    expect(mergeReports([], [report("r2", "m2", null, "draft")], "2027-01-15", "2026-11-24")[0]?.overdue).toBe(false);
  });
});
