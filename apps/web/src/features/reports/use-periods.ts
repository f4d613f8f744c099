import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import { useCurrentUser } from "../auth/use-auth";
import { currentPeriod, todayIso } from "./current-period";

/** The signed-in user's council: the reporting work of every role here belongs to one council. */
export function useCouncilId(): string | undefined {
  const me = useCurrentUser();
  return me.data?.scope?.councilIds[0];
}

/**
 * The council's periods, and the chosen one (by id) or else the current one. The council is the
 * one chosen (a county official follows several) or else the user's first.
 */
export function usePeriods(chosenId?: string, chosenCouncilId?: string) {
  const trpc = useTRPC();
  const ownCouncilId = useCouncilId();
  const councilId = chosenCouncilId ?? ownCouncilId;
  const periods = useQuery({
    ...trpc.reports.listPeriods.queryOptions({ councilId: councilId ?? "" }),
    enabled: councilId !== undefined,
  });
  const items = periods.data?.items ?? [];
  const period = chosenId ? items.find((item) => item.id === chosenId) : currentPeriod(items, todayIso());
  const me = useCurrentUser();
  // Signed in without a council (an admin): there are no periods to show.
  const noPeriod = (me.isSuccess && councilId === undefined) || (periods.isSuccess && period === undefined);
  return { periods, items, period, councilId, noPeriod };
}
