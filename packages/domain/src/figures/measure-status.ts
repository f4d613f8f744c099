import { MEASURE_STATUSES, type MeasureStatus } from "../shared/enums";

// Measure status counts (packages/domain/FIGURES.md): each measure once, by its own status —
// a shared measure's parts are counted as parts, never as measures.

export type StatusCounts = Record<MeasureStatus, number>;

/** How many measures (or parts) are in one status. */
export interface StatusTally {
  status: MeasureStatus;
  count: number;
}

export function statusCounts(tallies: readonly StatusTally[]): StatusCounts {
  const counts = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const { status, count } of tallies) counts[status] += count;
  return counts;
}

export function totalOf(counts: StatusCounts): number {
  return MEASURE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

export interface ProgressSummary {
  measureCount: number;
  byStatus: StatusCounts;
  /** The mean progress of the measures that are not cancelled, rounded; 0 with none. */
  averageProgress: number;
}

/** A programme's measures by status and their average progress: its one-line summary. */
export function progressSummary(measures: readonly { status: MeasureStatus; progress: number }[]): ProgressSummary {
  const byStatus = statusCounts(measures.map(({ status }) => ({ status, count: 1 })));
  const counted = measures.filter((measure) => measure.status !== "cancelled");
  const averageProgress =
    counted.length === 0 ? 0 : Math.round(counted.reduce((sum, measure) => sum + measure.progress, 0) / counted.length);
  return { measureCount: measures.length, byStatus, averageProgress };
}
