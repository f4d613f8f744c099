import type { AppRouter } from "@samspill/api";
import { createI18n, type Language } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { TRPCProvider } from "../../app/trpc";

/**
 * Renders a page from a pre-filled cache: no server, no effects, just the markup. `fill` puts
 * the procedures' answers in the cache under their real query keys.
 */
export function renderFromCache(
  lang: Language,
  fill: (trpc: TRPCOptionsProxy<AppRouter>, client: QueryClient) => void,
  page: ReactNode,
): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  fill(trpc, queryClient);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {page}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
