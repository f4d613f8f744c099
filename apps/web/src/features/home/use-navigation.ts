import type { AppRouter } from "@samspill/api";
import type { WorkArea } from "@samspill/domain";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "../../app/trpc";

export type Navigation = inferRouterOutputs<AppRouter>["navigation"]["get"];
export type FollowedCouncil = Navigation["councils"][number];

/**
 * What the server says the reader works with: the areas the permission table opens to them and
 * the councils they act for. Signing in or out refetches it with every other query.
 */
export function useNavigation() {
  const trpc = useTRPC();
  const navigation = useQuery(trpc.navigation.get.queryOptions());
  const areas: readonly WorkArea[] = navigation.data?.areas ?? [];
  return { ...navigation, has: (area: WorkArea) => areas.includes(area), councils: navigation.data?.councils ?? [] };
}
