import type { Prefetch } from "../../app/route-data";
import { Loading } from "../../shared/ui/loading";
import { lazyNamed } from "../../shared/ui/lazy-named";
import { useCurrentUser, type CurrentUser } from "../auth/use-auth";
import { HomePage as PublishedProgrammesPage } from "../programmes/home-page";

const SignedInHome = lazyNamed(() => import("./signed-in-home"), "SignedInHome");

/**
 * The front page: anonymous readers get the published programmes, a signed-in reader the home of
 * their role (`signed-in-home.tsx`).
 */
export function HomePage() {
  const me = useCurrentUser();
  if (me.isPending) return <Loading />;
  const user = me.data;
  // An error asking who is signed in shows the public page: what anyone may read.
  if (!user?.organisation) return <PublishedProgrammesPage />;
  return <SignedInHome role={user.role} organisation={user.organisation} />;
}

/**
 * What this reader's front page will show, started as soon as the app knows who they are: the
 * signed-in home's code and its main questions beside it, rather than one after the other.
 */
export function preloadHome(user: CurrentUser | null, { trpc, queryClient }: Prefetch): void {
  if (!user?.organisation) {
    void queryClient.prefetchQuery(trpc.programmes.list.queryOptions({}));
    return;
  }
  SignedInHome.preload().catch(() => undefined);
  // Every role's home starts with the links to its work (`WorkLinks`).
  void queryClient.prefetchQuery(trpc.programmes.listOwn.queryOptions());
  if (user.role === "county_official") void queryClient.prefetchQuery(trpc.dashboards.county.queryOptions({ countyId: user.organisation.id }));
  if (user.role === "secretariat") void queryClient.prefetchQuery(trpc.dashboards.council.queryOptions({ councilId: user.organisation.id }));
}
