import { listIndicatorIdsOfMeasure, replaceReportedValues, type Executor, type ReportedValue, type ReportingPeriodRow } from "@samspill/db";
import { DomainError, type MeasureStatus } from "@samspill/domain";

// Checks and writes shared by starting and updating a draft.

/** Completed means 100 %, also when the two fields arrive in different saves. */
export function assertProgressFits(status: MeasureStatus, progress: number): void {
  if (status !== "completed" || progress === 100) return;
  throw new DomainError("INVALID_INPUT", { reason: "completed_needs_full_progress", params: { field: "progress" } });
}

/**
 * Stores the indicator values of a report, measured at the end of its period. Only the
 * measure's own output indicators may be reported; the last value given for one counts.
 */
export async function saveReportedValues(
  trx: Executor,
  report: { id: string; measureId: string; municipalityId: string | null },
  period: ReportingPeriodRow,
  values: readonly ReportedValue[],
): Promise<void> {
  const byIndicator = new Map(values.map((value) => [value.indicatorId, value.value]));
  const known = new Set(await listIndicatorIdsOfMeasure(trx, report.measureId, [...byIndicator.keys()]));
  const unknown = [...byIndicator.keys()].find((id) => !known.has(id));
  if (unknown) {
    throw new DomainError("INVALID_INPUT", { reason: "indicator_not_of_measure", params: { field: "indicatorValues", indicatorId: unknown } });
  }
  await replaceReportedValues(
    trx,
    { id: report.id, municipalityId: report.municipalityId, measuredOn: period.periodEnd },
    [...byIndicator].map(([indicatorId, value]) => ({ indicatorId, value })),
  );
}
