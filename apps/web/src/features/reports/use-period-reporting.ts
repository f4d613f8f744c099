import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import { todayIso } from "./current-period";
import { mergeReports } from "./merge-reports";
import type { Period } from "./types";

/**
 * Everything reported (or not) for a period: the server's overview of expected reports joined
 * with the period's report list. Both are limited to a contributor's own municipality.
 */
export function usePeriodReporting(period: Period | undefined) {
  const trpc = useTRPC();
  const periodId = period?.id ?? "";
  const enabled = period !== undefined;
  const overview = useQuery({ ...trpc.reports.overview.queryOptions({ periodId }), enabled });
  const reports = useQuery({ ...trpc.reports.listForPeriod.queryOptions({ periodId, limit: 200 }), enabled });
  const rows =
    period && overview.data && reports.data ? mergeReports(overview.data.items, reports.data.items, period.deadline, todayIso()) : undefined;
  return {
    isPending: enabled && (overview.isPending || reports.isPending),
    error: overview.error ?? reports.error ?? undefined,
    rows,
    reports: reports.data?.items,
  };
}
