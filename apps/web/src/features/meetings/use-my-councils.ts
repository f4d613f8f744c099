import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import { useCurrentUser } from "../auth/use-auth";

export interface CouncilChoice {
  id: string;
  name: string;
}

/**
 * The councils the signed-in user acts for, from `auth.me`'s scope: their own council for the
 * secretariat and members, the councils they belong to or oversee for contributors and the
 * county. Names come from the public organisation register.
 */
export function useMyCouncils(): { councils: CouncilChoice[]; isPending: boolean } {
  const trpc = useTRPC();
  const me = useCurrentUser();
  const ids = me.data?.scope?.councilIds ?? [];
  const own = me.data?.organisation;
  const ownIsCouncil = own !== null && own !== undefined && ids.includes(own.id);
  const register = useQuery({
    ...trpc.organisations.list.queryOptions({ kind: "regional_council", limit: 200, offset: 0 }),
    enabled: ids.length > 0 && !ownIsCouncil,
  });
  if (me.isPending) return { councils: [], isPending: true };
  if (ownIsCouncil) return { councils: [{ id: own.id, name: own.name }], isPending: false };
  if (ids.length === 0) return { councils: [], isPending: false };
  if (register.isPending) return { councils: [], isPending: true };
  const names = new Map((register.data?.items ?? []).map((organisation) => [organisation.id, organisation.name]));
  return {
    councils: ids.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id) ?? id })),
    isPending: false,
  };
}
