import type { AppRouter } from "@samspill/api";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { handleSessionEnd } from "../features/auth/session-end";
import { isTransient, isUnavailable } from "../shared/errors/error-code";
import { navigate } from "../shared/router/navigation";
import { createTrpcClient } from "./trpc";

const UNAVAILABLE_RETRIES = 14;

/**
 * The app's query cache and tRPC client. Session expiry is handled here, once for every query
 * and mutation, rather than on each page.
 */
export interface Clients {
  queryClient: QueryClient;
  trpcClient: TRPCClient<AppRouter>;
}

export function createClients(): Clients {
  const trpcClient = createTrpcClient();
  const onError = (error: unknown) => {
    handleSessionEnd(error, {
      isSignedIn: () => Boolean(queryClient.getQueryData(meKey)),
      forgetUser: () => {
        queryClient.clear();
        queryClient.setQueryData(meKey, null);
      },
      navigate,
      currentPath: () => window.location.pathname + window.location.search + window.location.hash,
    });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (!mutation.meta?.handlesSignedOut) onError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A NOT_FOUND or FORBIDDEN will not change on retry; only the network or server may. While
        // the server says its database is away (a restart), keep asking for about a minute.
        retry: (failureCount, error) => (isUnavailable(error) ? failureCount < UNAVAILABLE_RETRIES : isTransient(error) && failureCount < 2),
        retryDelay: (failureCount) => Math.min(1_000 * 2 ** failureCount, 5_000),
      },
    },
  });
  const meKey = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }).auth.me.queryKey();
  return { queryClient, trpcClient };
}
