import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import { useCurrentUser } from "../auth/use-auth";
import type { CouncilOptions } from "./council-choice";
import { useMyCouncils, type CouncilChoice } from "./use-my-councils";

export interface MeetingCouncils extends Omit<CouncilOptions, "councilIds"> {
  councils: CouncilChoice[];
  isPending: boolean;
}

/**
 * The councils whose meetings a reader picks among: their own, or — for a reader without a
 * council, such as the public — every council. Whoever has several (a county) sees all of them
 * at once by default rather than the first council's, which may well have none. Outsiders see
 * only published meetings; the server sees to that.
 */
export function useMeetingCouncils(): MeetingCouncils {
  const trpc = useTRPC();
  const me = useCurrentUser();
  const mine = useMyCouncils();
  const outsider = !me.isPending && !mine.isPending && mine.councils.length === 0;
  const register = useQuery({
    ...trpc.organisations.list.queryOptions({ kind: "regional_council", limit: 200, offset: 0 }),
    enabled: outsider,
  });
  if (me.isPending || mine.isPending) return { councils: [], offerAll: false, preferAll: false, isPending: true };
  if (!outsider) {
    const several = mine.councils.length > 1;
    return { councils: mine.councils, offerAll: several, preferAll: several, isPending: false };
  }
  const councils = (register.data?.items ?? []).map((organisation) => ({ id: organisation.id, name: organisation.name }));
  return { councils, offerAll: councils.length > 1, preferAll: true, isPending: register.isPending };
}
