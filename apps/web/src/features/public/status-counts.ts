import { MEASURE_STATUSES, type MeasureStatus } from "@samspill/domain";
import type { PublicProgress } from "./types";

/** The statuses that have measures, in the domain's order (planned … cancelled). */
export function statusCounts(progress: PublicProgress): Array<{ status: MeasureStatus; count: number }> {
  return MEASURE_STATUSES.map((status) => ({ status, count: progress.byStatus[status] })).filter(({ count }) => count > 0);
}
