import type { AppRouter } from "@samspill/api";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

/**
 * Reports are changed by others — the author resubmits, the secretariat returns or approves —
 * so a page about them asks the server anew each time it opens instead of trusting a copy
 * cached on the last visit, seconds old and wrong ("submitted, cannot be changed" on a report
 * the home page already says came back; a queue without the report just sent in again).
 */
export const ASKED_ANEW = { staleTime: 0 } as const;

/** One report as it is now. */
export function reportQuery(trpc: TRPCOptionsProxy<AppRouter>, id: string) {
  return { ...trpc.reports.get.queryOptions({ id }), ...ASKED_ANEW };
}
