import type { AppRouter } from "@samspill/api";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { ASKED_ANEW } from "../../shared/query/asked-anew";

/** One report as it is now: its state is changed by others (shared/query/asked-anew.ts). */
export function reportQuery(trpc: TRPCOptionsProxy<AppRouter>, id: string) {
  return { ...trpc.reports.get.queryOptions({ id }), ...ASKED_ANEW };
}
