import type { Executor } from "../../shared/executor.js";
import { findMeasureById } from "../../measures/measure.repository.js";
import { insertReportingPeriod } from "../../reports/reporting-period.repository.js";
import type { NewReportingPeriod, ReportingPeriodRow } from "../../reports/reporting-period.table.js";
import type { SpendingLine } from "@samspill/domain";
import { replaceReportSpending } from "../../reports/report-spending.repository.js";
import { findStatusReportById, insertStatusReport } from "../../reports/status-report.repository.js";
import type { NewStatusReport, StatusReportRow } from "../../reports/status-report.table.js";
import { createMeasure } from "./measures.js";
import { createOrganisation } from "./organisations.js";
import { uniqueName } from "./unique.js";

/** The reporting period 2024 (deadline 2025-01-31) of a council, a new one unless given. */
export async function createReportingPeriod(
  db: Executor,
  overrides: Partial<NewReportingPeriod> = {},
): Promise<ReportingPeriodRow> {
  const councilId = overrides.councilId ?? (await createOrganisation(db, { kind: "regional_council" })).id;
  return insertReportingPeriod(db, {
    name: uniqueName("2024"),
    periodStart: "2024-01-01",
    periodEnd: "2024-12-31",
    deadline: "2025-01-31",
    ...overrides,
    councilId,
  });
}

/**
 * A draft report on a measure by its owner, in a period of the owner's council; makes the
 * measure and period when not given. What it spent is given by funding source (`spending`): the
 * database keeps `spentMinor` their sum.
 */
export async function createStatusReport(
  db: Executor,
  overrides: Omit<Partial<NewStatusReport>, "spentMinor"> & { spending?: readonly SpendingLine[] } = {},
): Promise<StatusReportRow> {
  const { spending = [], ...values } = overrides;
  const measure = values.measureId ? await findMeasureById(db, values.measureId) : await createMeasure(db);
  if (!measure) throw new Error(`createStatusReport: no measure ${values.measureId}`);
  const periodId = values.periodId ?? (await createReportingPeriod(db, { councilId: measure.ownerId })).id;
  const report = await insertStatusReport(db, {
    organisationId: measure.ownerId,
    measureStatus: "in_progress",
    progress: 50,
    currency: "NOK",
    ...values,
    measureId: measure.id,
    periodId,
  });
  if (spending.length === 0) return report;
  await replaceReportSpending(db, report.id, report.currency, spending);
  return (await findStatusReportById(db, report.id)) ?? report;
}
