import type { AppRouter } from "@samspill/api";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { Route } from "../shared/router/routes";

export interface Prefetch {
  trpc: TRPCOptionsProxy<AppRouter>;
  queryClient: QueryClient;
}

/**
 * The main question of the page the address names, asked while the app boots — in the same batch
 * as who is signed in — rather than once the page's code has arrived and rendered. The page then
 * finds the answer in the cache under the same key. Only for pages whose main question follows
 * from the address alone; the front page's follows from the reader (`preloadHome`).
 */
export function prefetchRouteData(route: Route, { trpc, queryClient }: Prefetch): void {
  if (route.name === "programme") void queryClient.prefetchQuery(trpc.programmes.get.queryOptions({ id: route.id }));
  if (route.name === "measure") void queryClient.prefetchQuery(trpc.measures.get.queryOptions({ id: route.id }));
}
