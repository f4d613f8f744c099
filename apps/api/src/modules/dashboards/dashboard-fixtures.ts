import { insertBudgetLine, type OrganisationRow } from "@samspill/db";
import { createMeasure, createMeasurePart, createProgramme, createReportingPeriod, createStatusReport, getTestDb } from "@samspill/db/testing";
import type { MeasureStatus } from "@samspill/domain";

// A council's work at a chosen size: `size` shared measures per focus area, each with a part for
// every member and a budget line, and a past period where the first member has reported on every
// part (approved, unless `reporting` is off, spending county partnership funds) and the others
// have not. The programme is adopted, so its measures are expected to report. Dashboards are measured on it at two sizes.

const STATUSES: MeasureStatus[] = ["planned", "in_progress", "delayed", "completed"];

export interface CouncilWork {
  programmeId: string;
  periodId: string;
  measureCount: number;
  measureIds: string[];
  partCount: number;
  /** Sum of the approved reports' spending, in øre. */
  spentMinor: number;
}

export async function councilWork(
  council: OrganisationRow,
  members: readonly OrganisationRow[],
  size: number,
  options: { reporting?: boolean } = {},
): Promise<CouncilWork> {
  const reporting = options.reporting ?? true;
  const db = await getTestDb();
  const { programme, focusAreas } = await createProgramme(db, { ownerId: council.id, status: "adopted", focusAreaCount: 2 });
  const period = await createReportingPeriod(db, { councilId: council.id });
  const measureIds: string[] = [];
  let partCount = 0;
  let spentMinor = 0;
  for (const focusArea of focusAreas) {
    for (let index = 0; index < size; index += 1) {
      const status = STATUSES[index % STATUSES.length] ?? "planned";
      const measure = await createMeasure(db, {
        programmeId: programme.id, focusAreaId: focusArea.id, status, progress: status === "completed" ? 100 : 40,
      });
      measureIds.push(measure.id);
      await insertBudgetLine(db, {
        measureId: measure.id, year: 2024 + (index % 2), amountMinor: 100_000_00, currency: "NOK",
        fundingSource: index % 2 === 0 ? "council_funds" : "county_partnership_funds",
      });
      for (const [position, member] of members.entries()) {
        const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: member.id, status: "in_progress" });
        partCount += 1;
        if (position !== 0 || !reporting) continue;
        await createStatusReport(db, {
          measureId: measure.id, partId: part.id, periodId: period.id, organisationId: member.id,
          workflowStatus: "approved", submittedAt: "2025-01-20T10:00:00Z", reviewedAt: "2025-01-22T10:00:00Z", spending: [{ fundingSource: "county_partnership_funds", amountMinor: 10_000_00 }],
        });
        spentMinor += 10_000_00;
      }
    }
  }
  return { programmeId: programme.id, periodId: period.id, measureCount: measureIds.length, measureIds, partCount, spentMinor };
}
