import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import type { AgreementDetail } from "./types";

/**
 * What every agreement editor needs around a save: the tRPC client, a refresh of what shows the
 * agreement (its page, the list, the county's figures), and the agreement as saved now, for the
 * version of a row after a conflict.
 */
export function useAgreementData(agreementId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  async function refresh(): Promise<void> {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.agreements.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboards.pathKey() }),
    ]);
  }
  async function latest(): Promise<AgreementDetail> {
    return queryClient.fetchQuery({ ...trpc.agreements.get.queryOptions({ id: agreementId }), staleTime: 0 });
  }
  /** The version of one row of the agreement now, found by `pick`; null when it is gone. */
  function latestVersionOf(pick: (agreement: AgreementDetail) => { version: number } | undefined) {
    return async () => pick(await latest())?.version ?? null;
  }
  return { trpc, refresh, latest, latestVersionOf };
}
