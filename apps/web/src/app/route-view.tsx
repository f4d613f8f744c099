import { SignInPage } from "../features/auth/sign-in-page";
import { NotFoundPage } from "../features/not-found/not-found-page";
import { HomePage } from "../features/programmes/home-page";
import { ProgrammePage } from "../features/programmes/programme-page";
import type { Route } from "../shared/router/routes";

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case "home":
      return <HomePage />;
    case "programme":
      // Keyed by id so that moving between programmes starts from a clean state.
      return <ProgrammePage key={route.id} id={route.id} />;
    case "signIn":
      return <SignInPage search={window.location.search} />;
    case "notFound":
      return <NotFoundPage />;
  }
}
