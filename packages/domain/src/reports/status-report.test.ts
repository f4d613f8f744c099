import { describe, expect, it } from "vitest";
import { CreateReportingPeriodInputSchema } from "./reporting-period";
import { CreateStatusReportInputSchema, ReturnReportInputSchema, StatusReportSchema, UpdateStatusReportInputSchema } from "./status-report";

const ID = "00000000-0000-4000-8000-000000000001";

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[][] {
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe("reporting period schema", () => {
  const t1 = { councilId: ID, name: "T1 2024", periodStart: "2024-01-01", periodEnd: "2024-04-30", deadline: "2024-05-15" };

  it("accepts a deadline after the period", () => {
    expect(CreateReportingPeriodInputSchema.safeParse(t1).success).toBe(true);
  });

  it("rejects an unordered period and a deadline before the start", () => {
    expect(pathsOf(CreateReportingPeriodInputSchema.safeParse({ ...t1, periodEnd: "2023-12-31" }))).toEqual([["periodEnd"]]);
    expect(pathsOf(CreateReportingPeriodInputSchema.safeParse({ ...t1, deadline: "2023-12-31" }))).toEqual([["deadline"]]);
  });
});

describe("status report schemas", () => {
  const input = { periodId: ID, measureId: ID, measureStatus: "in_progress", progress: 40, spending: { currency: "NOK", lines: [] } };

  it("accepts content and defaults the rest", () => {
    expect(CreateStatusReportInputSchema.parse(input)).toMatchObject({ partId: null, narrative: "", indicatorValues: [] });
  });

  it.each([
    [{ ...input, workflowStatus: "approved" }, [[]]],
    [{ ...input, spending: { currency: "NOK", lines: [{ fundingSource: "external", amountMinor: -100 }] } }, [["spending", "lines", 0, "amountMinor"]]],
    [{ ...input, spending: { currency: "NOK", lines: [{ fundingSource: "external", amountMinor: 1 }, { fundingSource: "external", amountMinor: 2 }] } },
      [["spending", "lines", 1, "fundingSource"]]],
    [{ ...input, spending: { currency: "NOK", lines: [{ fundingSource: "gifts", amountMinor: 1 }] } }, [["spending", "lines", 0, "fundingSource"]]],
    [{ ...input, measureStatus: "completed", progress: 90 }, [["progress"]]],
    [{ ...input, indicatorValues: [{ indicatorId: ID, value: "145" }] }, [["indicatorValues", 0, "value"]]],
  ])("rejects %o at %o", (bad, paths) => {
    expect(pathsOf(CreateStatusReportInputSchema.safeParse(bad))).toEqual(paths);
  });

  it("updates cannot touch workflow fields", () => {
    expect(pathsOf(UpdateStatusReportInputSchema.safeParse({ id: ID, version: 1, late: false }))).toEqual([[]]);
  });

  it("a returned report row needs its comment", () => {
    const row = {
      ...CreateStatusReportInputSchema.parse(input), id: ID, organisationId: ID, authorId: null, workflowStatus: "returned",
      submittedAt: "2024-01-20T09:00:00.000Z", late: false, reviewedAt: null, reviewedBy: null, returnComment: " ", version: 2,
    };
    const { indicatorValues: _ignored, ...stored } = row;
    expect(pathsOf(StatusReportSchema.safeParse(stored))).toEqual([["returnComment"]]);
    expect(StatusReportSchema.safeParse({ ...stored, returnComment: "Mangler tall" }).success).toBe(true);
  });

  it("the return input trims and requires the comment", () => {
    expect(pathsOf(ReturnReportInputSchema.safeParse({ id: ID, version: 1, comment: "  " }))).toEqual([["comment"]]);
  });
});
