import { createI18n, type Language } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "@samspill/api";
import { TRPCProvider } from "../../app/trpc";
import { ProgrammePage } from "./programme-page";
import type { MeasureSummary, ProgrammeDetail } from "./types";

const measure: MeasureSummary = {
  id: "m1", title: "Regional ladestruktur", scope: "shared", status: "delayed", progress: 45,
  ownerName: "Hamarregionen", responsibleName: null, responsiblePerson: "Kari Nordmann",
  startDate: "2022-01-01", endDate: "2023-12-31", sdgGoals: [7], partCount: 4,
};

const programme: ProgrammeDetail = {
  id: "p1", title: "Handlingsprogram 2022–2023", introduction: "", periodStart: "2022-01-01",
  periodEnd: "2023-12-31", status: "adopted", revision: 1, predecessorId: null, published: true, publishedAt: null, version: 1,
  owner: { id: "o1", name: "Hamarregionen", kind: "regional_council", country: "NO", languageForm: "nb", slug: null },
  strategy: null,
  adoption: { decidedOn: "2022-03-10", caseNumber: "12/22", body: "Regionrådet", meetingTitle: "" },
  focusAreas: [
    { id: "f1", title: "Befolkningsvekst", heading: "Attraktivitet", description: "", parentId: null, position: 0, version: 1, goals: [], measures: [measure],
      children: [{ id: "f2", title: "Samferdsel", heading: null, description: "", parentId: "f1", position: 0, version: 1, children: [], goals: [], measures: [] }] },
  ],
  unassignedGoals: [],
  roles: [],
  unassignedMeasures: [],
};

/** Renders the page from a pre-filled cache: no server, no effects, just the markup. */
function render(lang: Language): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.programmes.get.queryKey({ id: "p1" }), programme);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <ProgrammePage id="p1" />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe("ProgrammePage", () => {
  it("renders one h1 and the focus area as h2 with its sub-themes", () => {
    const html = render("nb");
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toMatch(/<h2[^>]*>Befolkningsvekst<\/h2>/);
    expect(html).toContain("<li>Samferdsel</li>");
  });

  it("speaks Bokmål with Norwegian dates", () => {
    const html = render("nb");
    expect(html).toContain('<th scope="col" role="columnheader">Tiltak</th>');
    expect(html).toContain("Regionrådet, 10.03.2022, sak 12/22");
    expect(html).toContain("01.01.2022–31.12.2023");
    expect(html).toMatch(/data-color="warning"[^>]*>Forsinket</);
    expect(html).toContain('aria-valuenow="45"');
  });

  it("speaks Swedish with Swedish dates, keeping Norwegian institution names", () => {
    const html = render("sv");
    expect(html).toContain('<th scope="col" role="columnheader">Åtgärd</th>');
    expect(html).toMatch(/<h3[^>]*>Åtgärder<\/h3>/);
    expect(html).toContain("Regionrådet, 2022-03-10, ärende 12/22");
    expect(html).toContain("Hamarregionen (Regionråd)");
    expect(html).toContain(">Försenad<");
  });
});
