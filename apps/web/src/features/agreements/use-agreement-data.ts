import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import type { AgreementDetail } from "./types";

/** After a change: asks again for what shows agreements (their pages, the list, the county's figures). */
export function useRefreshAgreements(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.agreements.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboards.pathKey() }),
    ]);
  };
}

/**
 * What every agreement editor needs around a save: the tRPC client, the refresh, and the
 * agreement as saved now, for the version of a row after a conflict.
 */
export function useAgreementData(agreementId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshAgreements();
  async function latest(): Promise<AgreementDetail> {
    return queryClient.fetchQuery({ ...trpc.agreements.get.queryOptions({ id: agreementId }), staleTime: 0 });
  }
  /** The version of one row of the agreement now, found by `pick`; null when it is gone. */
  function latestVersionOf(pick: (agreement: AgreementDetail) => { version: number } | undefined) {
    return async () => pick(await latest())?.version ?? null;
  }
  return { trpc, refresh, latest, latestVersionOf };
}
