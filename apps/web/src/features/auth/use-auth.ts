import type { AppRouter } from "@samspill/api";
import { useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "../../app/trpc";
import { hrefFor } from "../../shared/router/routes";
import { navigate } from "../../shared/router/navigation";
import { isSignedOutError as isSignedOut } from "./sign-in-problem";

export type CurrentUser = NonNullable<inferRouterOutputs<AppRouter>["auth"]["me"]>;

/** Who is signed in: the user, null for an anonymous reader. */
export function useCurrentUser() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions());
}

/**
 * Everything cached was fetched as someone else (or no one): drop it, refetching what is on
 * screen, and record who is signed in now. `auth.me` is set rather than reset so the header
 * changes at once.
 */
function switchUser(queryClient: QueryClient, meKey: QueryKey, user: CurrentUser | null): Promise<void> {
  queryClient.setQueryData(meKey, user);
  const meHash = queryClient.getQueryCache().find({ queryKey: meKey, exact: true })?.queryHash;
  return queryClient.resetQueries({ predicate: (query) => query.queryHash !== meHash });
}

export function useSignIn(returnTo: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.signIn.mutationOptions({
      // Wrong credentials answer UNAUTHENTICATED too; that is the form's business, not a session end.
      meta: { handlesSignedOut: true },
      onSuccess: async (user) => {
        navigate(returnTo);
        await switchUser(queryClient, trpc.auth.me.queryKey(), user);
      },
    }),
  );
}

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signedOut = async () => {
    navigate(hrefFor({ name: "home" }));
    await switchUser(queryClient, trpc.auth.me.queryKey(), null);
  };
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      // A session that already ended is as signed out as one ended here.
      meta: { handlesSignedOut: true },
      onSuccess: async (result) => {
        await signedOut();
        // A session from an identity provider ends there too; the provider sends the browser back home.
        if (result.providerSignOutUrl) window.location.assign(result.providerSignOutUrl);
      },
      onError: async (error) => {
        if (isSignedOut(error)) await signedOut();
      },
    }),
  );
}
