import type { Booted } from "./boot";
import { usePathname } from "../shared/router/navigation";
import { matchRoute } from "../shared/router/routes";
import { Layout } from "./layout";
import { Providers } from "./providers";
import { RouteView } from "./route-view";

export function App({ i18n, clients }: Booted) {
  return (
    <Providers i18n={i18n} clients={clients}>
      <Routed />
    </Providers>
  );
}

function Routed() {
  const pathname = usePathname();
  return (
    <Layout pathname={pathname}>
      <RouteView route={matchRoute(pathname)} />
    </Layout>
  );
}
