import type { AppRouter } from "@samspill/api";
import { createI18n, type Language } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { TRPCProvider } from "../../app/trpc";
import { CouncilPage } from "./council-page";
import type { Council, PublicProgramme, PublishedProgramme } from "./types";

const council: Council = {
  id: "c1", kind: "regional_council", country: "NO", code: null, name: "Hamarregionen", shortName: null, languageForm: "nb",
  slug: "hamarregionen", description: "", website: null, validFrom: "2020-01-01", validTo: null, countyId: null, passwordSignIn: true, version: 1,
};
const listed: PublishedProgramme = {
  id: "p1", title: "Handlingsprogram 2022–2023", periodStart: "2022-01-01", periodEnd: "2023-12-31", status: "adopted", revision: 1,
  owner: { id: "c1", name: "Hamarregionen", kind: "regional_council", country: "NO", languageForm: "nb", slug: "hamarregionen" },
};
const detail = {
  id: "p1", progress: { measureCount: 14, averageProgress: 61, byStatus: { planned: 0, in_progress: 11, completed: 3, delayed: 0, cancelled: 0 } },
} as unknown as PublicProgramme;

/** The page from a pre-filled cache: no server, just the markup. */
function render(lang: Language): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.organisations.get.queryKey({ slug: "hamarregionen" }), council);
  queryClient.setQueryData(trpc.programmes.list.queryKey({ ownerId: "c1" }), { items: [listed] });
  queryClient.setQueryData(trpc.public.programme.queryKey({ id: "p1" }), detail);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <CouncilPage slug="hamarregionen" />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe("CouncilPage", () => {
  it("has one h1, the programmes under an h2 as a list, and progress with text", () => {
    const html = render("nb");
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toMatch(/<h2[^>]*>Publiserte handlingsprogram<\/h2>/);
    expect(html).toContain('href="/programmes/p1"');
    expect(html).toContain('aria-valuenow="61"');
    expect(html).toContain("14 tiltak");
    expect(html).toMatch(/>Pågår<\/span> 11/);
    expect(html).not.toContain("Ikke startet");
  });

  it("speaks Swedish terms", () => {
    const html = render("sv");
    expect(html).toContain("Publicerade handlingsplaner");
    expect(html).toContain("14 åtgärder");
  });
});
