import { describe, expect, it } from "vitest";
import { insertBudgetLine } from "../index.js";
import { createMeasure, createMeasurePart, createOrganisation, createProgramme, createReportingPeriod, createStatusReport, getTestDb } from "../testing/index.js";
import { measureFundsOf } from "./figures.js";

describe("a measure's budget against its spending", () => {
  it("adds up the measure's and its parts' budget lines per year and its approved spending, and flags the year it spent more", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const municipality = await createOrganisation(db, { kind: "municipality" });
    const { programme } = await createProgramme(db, { ownerId: council.id, status: "adopted", focusAreaCount: 0 });
    const measure = await createMeasure(db, { programmeId: programme.id });
    const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: municipality.id });
    await insertBudgetLine(db, { measureId: measure.id, partId: null, year: 2024, amountMinor: 30_000_00, currency: "NOK", fundingSource: "council_funds" });
    await insertBudgetLine(db, { measureId: measure.id, partId: part.id, year: 2024, amountMinor: 10_000_00, currency: "NOK", fundingSource: "municipal_own_contribution" });
    await insertBudgetLine(db, { measureId: measure.id, partId: null, year: 2025, amountMinor: 30_000_00, currency: "NOK", fundingSource: "council_funds" });
    const period2024 = await createReportingPeriod(db, { councilId: council.id });
    const period2025 = await createReportingPeriod(db, { councilId: council.id, periodStart: "2025-01-01", periodEnd: "2025-12-31", deadline: "2026-01-31" });
    await createStatusReport(db, {
      measureId: measure.id, partId: part.id, organisationId: municipality.id, periodId: period2024.id, workflowStatus: "approved",
      spending: [{ fundingSource: "municipal_own_contribution", amountMinor: 40_000_00 }],
    });
    await createStatusReport(db, { measureId: measure.id, periodId: period2025.id, workflowStatus: "approved", spending: [{ fundingSource: "council_funds", amountMinor: 55_000_00 }] });
    // Not yet a fact: a submitted report's spending.
    await createStatusReport(db, {
      measureId: measure.id, periodId: period2024.id, workflowStatus: "submitted", spending: [{ fundingSource: "council_funds", amountMinor: 99_000_00 }],
    });

    expect(await measureFundsOf(db, [measure.id])).toEqual([
      { measureId: measure.id, year: 2024, currency: "NOK", budgetMinor: 40_000_00, spentMinor: 40_000_00, overspent: false },
      { measureId: measure.id, year: 2025, currency: "NOK", budgetMinor: 30_000_00, spentMinor: 55_000_00, overspent: true },
    ]);
    expect(await measureFundsOf(db, [])).toEqual([]);
  });
});
