import { createI18n } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "@samspill/api";
import { TRPCProvider } from "../../app/trpc";
import { NewProgrammeForm } from "./new-programme-form";

function render(strategyId: string): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  const items = [{ id: "s1", title: "Strategi for Hamarregionen IPR" }, { id: "s2", title: "Regional strategi 2026–2035" }];
  queryClient.setQueryData(trpc.strategies.list.queryKey({ ownerId: "c1", limit: 200 }), { items, total: 2 } as never);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <NewProgrammeForm councilId="c1" strategyId={strategyId} onStrategyChange={() => undefined} />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe("the new programme form's strategy", () => {
  it("shows the strategy the page chose, such as one just created above it", () => {
    expect(render("s2")).toMatch(/<option value="s2" selected="">Regional strategi 2026–2035<\/option>/);
    expect(render("s2")).not.toMatch(/<option value="s1" selected/);
  });

  it("starts without a strategy", () => {
    expect(render("")).toMatch(/<option value="" selected="">/);
  });
});
