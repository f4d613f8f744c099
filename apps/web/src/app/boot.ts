import type { AppRouter } from "@samspill/api";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { preloadLanguage } from "@samspill/i18n";
import type { i18n } from "i18next";
import { chooseLanguage, languageForUser, likelyLanguage } from "../shared/language/language-choice";
import { preloadHome } from "../features/home/home-page";
import { explicitLanguage, keepUserLanguageHint, readUserLanguageHint } from "../shared/language/language-storage";
import { matchRoute } from "../shared/router/routes";
import { setupI18n } from "./i18n";
import { createClients, type Clients } from "./query-client";
import { prefetchRouteData } from "./route-data";
import { preloadPage } from "./route-view";

export interface Booted {
  i18n: i18n;
  clients: Clients;
}

/**
 * What the first render needs, so that it is the final one: who is signed in and what they work
 * with (the header's menu and user), and the texts of the reader's language — the one they chose,
 * else the signed-in user's, else the browser's. The two questions to the server go in one batch,
 * beside the download of the language the reader most likely has (the one they chose, else the
 * language of the user signed in here last time, else the browser's), which is the one used
 * unless the signed-in user's says otherwise. Each is asked
 * once: if the server is away, the page renders anyway and its queries retry and say so.
 *
 * The page the address names starts loading at the same time, not after the first render: its
 * code (`preloadPage`), its main question in the same batch (`prefetchRouteData`), and for the
 * front page, once the reader is known, their home's code and questions (`preloadHome`). The first
 * render does not wait for these; the page shows them as they come.
 */
export async function boot(): Promise<Booted> {
  const clients = createClients();
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: clients.trpcClient, queryClient: clients.queryClient });
  const user = clients.queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), retry: false }).catch(() => null);
  const navigation = clients.queryClient.prefetchQuery({ ...trpc.navigation.get.queryOptions(), retry: false });
  const route = matchRoute(window.location.pathname);
  prefetchRouteData(route, { trpc, queryClient: clients.queryClient });
  preloadPage(route);
  const browserLanguages = window.navigator.languages ?? [];
  const explicit = explicitLanguage();
  preloadLanguage(likelyLanguage(explicit, readUserLanguageHint(), browserLanguages));
  const me = await user;
  if (route.name === "home") preloadHome(me, { trpc, queryClient: clients.queryClient });
  keepUserLanguageHint(me ? languageForUser(null, me) : undefined);
  const language = explicit ?? chooseLanguage("", null, browserLanguages, me);
  const [texts] = await Promise.all([setupI18n(language), navigation]);
  return { i18n: texts, clients };
}
