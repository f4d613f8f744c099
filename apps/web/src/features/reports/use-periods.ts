import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import { useCurrentUser } from "../auth/use-auth";
import { currentPeriod, todayIso } from "./current-period";

/** The signed-in user's council: the reporting work of every role here belongs to one council. */
export function useCouncilId(): string | undefined {
  const me = useCurrentUser();
  return me.data?.scope?.councilIds[0];
}

/** Signed in without a council (an admin, a county official): there are no periods to show. */
function useNoCouncil(): boolean {
  const me = useCurrentUser();
  return me.isSuccess && me.data?.scope?.councilIds[0] === undefined;
}

/** The council's periods, and the chosen one (by id) or else the current one. */
export function usePeriods(chosenId?: string) {
  const trpc = useTRPC();
  const councilId = useCouncilId();
  const periods = useQuery({
    ...trpc.reports.listPeriods.queryOptions({ councilId: councilId ?? "" }),
    enabled: councilId !== undefined,
  });
  const items = periods.data?.items ?? [];
  const period = chosenId ? items.find((item) => item.id === chosenId) : currentPeriod(items, todayIso());
  const noPeriod = useNoCouncil() || (periods.isSuccess && period === undefined);
  return { periods, items, period, councilId, noPeriod };
}
