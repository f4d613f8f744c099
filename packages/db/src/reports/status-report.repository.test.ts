import { describe, expect, it } from "vitest";
import { createMeasure, createMeasurePart, createReportingPeriod, createStatusReport, getTestDb } from "../testing/index.js";
import { listReportingPeriods } from "./reporting-period.repository.js";
import { listStatusReportsByPeriod, listStatusReportsOfMeasure } from "./status-report.repository.js";

describe("status reports", () => {
  it("lists a period's reports, narrowed by organisation and workflow status", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const period = await createReportingPeriod(db, { councilId: measure.ownerId });
    const part = await createMeasurePart(db, { measureId: measure.id });
    const onMeasure = await createStatusReport(db, { measureId: measure.id, periodId: period.id, workflowStatus: "submitted" });
    const onPart = await createStatusReport(db, {
      measureId: measure.id,
      partId: part.id,
      periodId: period.id,
      organisationId: part.municipalityId,
    });

    const ids = (reports: { id: string }[]) => reports.map((report) => report.id);
    expect(ids(await listStatusReportsByPeriod(db, period.id))).toEqual([onMeasure.id, onPart.id]);
    expect(ids(await listStatusReportsByPeriod(db, period.id, { organisationId: part.municipalityId }))).toEqual([onPart.id]);
    expect(ids(await listStatusReportsByPeriod(db, period.id, { workflowStatus: ["submitted"] }))).toEqual([onMeasure.id]);
    expect(ids(await listStatusReportsOfMeasure(db, measure.id, null))).toEqual([onMeasure.id]);
  });

  it("allows one report per measure (or part) per period", async () => {
    const db = await getTestDb();
    const report = await createStatusReport(db);
    await expect(createStatusReport(db, { measureId: report.measureId, periodId: report.periodId })).rejects.toMatchObject({
      constraint: "status_report_one_per_period",
    });
  });

  it("lists a council's periods newest first", async () => {
    const db = await getTestDb();
    const first = await createReportingPeriod(db);
    const second = await createReportingPeriod(db, {
      councilId: first.councilId,
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      deadline: "2026-01-31",
    });
    expect((await listReportingPeriods(db, first.councilId)).map((p) => p.id)).toEqual([second.id, first.id]);
  });
});
