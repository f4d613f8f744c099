import { Loading } from "../../shared/ui/loading";
import { lazyNamed } from "../../shared/ui/lazy-named";
import { useCurrentUser } from "../auth/use-auth";
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
