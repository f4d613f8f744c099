import { createI18n, type Language } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "@samspill/api";
import { TRPCProvider } from "../../app/trpc";
import { AnnualReportDownload } from "./annual-report-download";
import { ProgrammeDownload } from "./programme-download";

const PERIODS = [
  { id: "p2023", name: "2023", councilName: "Hamarregionen IPR", periodStart: "2023-01-01", periodEnd: "2023-12-31", deadline: "2024-01-31" },
  { id: "p2022", name: "2022", councilName: "Hamarregionen IPR", periodStart: "2022-01-01", periodEnd: "2022-12-31", deadline: "2023-01-31" },
];

const TEXTS = {
  summary: "Et godt år.\n\nMed to avsnitt.", approval: "Godkjent av rådet 15.02.2024, sak 3/24.", signatoryName: "Tore Eksempel",
  signatoryTitle: "Leder", place: "Hamar", signedOn: "2024-02-20", version: 2, updatedAt: "2024-02-20T10:00:00.000Z",
};

type Viewer = { viewer: { edit: { allowed: boolean; reason: string | null } } };
const MAY_EDIT: Viewer = { viewer: { edit: { allowed: true, reason: null } } };
/** The county official's answer: read, not write, and why. */
const READ_ONLY: Viewer = { viewer: { edit: { allowed: false, reason: "role_not_allowed" } } };

/** Renders from a pre-filled cache: no server, no effects, just the markup. */
function render(lang: Language, items: typeof PERIODS, texts: typeof TEXTS & Viewer = { ...TEXTS, ...MAY_EDIT }) {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.documents.annualReportPeriods.queryKey({ agreementId: "a1" }), { items });
  queryClient.setQueryData(trpc.documents.annualReportTexts.queryKey({ agreementId: "a1", periodId: "p2023" }), texts);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <AnnualReportDownload agreementId="a1" />
          <ProgrammeDownload programmeId="x1" />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe("AnnualReportDownload", () => {
  it("offers the periods under a labelled picker, the newest chosen, and a download button", () => {
    const html = render("nb", PERIODS);
    expect(html).toMatch(/<h2[^>]*>Årsrapport<\/h2>/);
    const id = /<label[^>]*for="([^"]+)"[^>]*>Rapporteringsperiode<\/label>/.exec(html)?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<option value="p2023" selected="">2023 \(01\.01\.2023–31\.12\.2023\)<\/option>/);
    expect(html).toContain("Last ned årsrapport (Word)");
    expect(html).toContain("Last ned som Word");
  });

  it("names the council beside each period when the periods come from more than one", () => {
    const html = render("nb", [PERIODS[0]!, { ...PERIODS[1]!, councilName: "Sør-Østerdal IPR" }]);
    expect(html).toContain("2023 (01.01.2023–31.12.2023) – Hamarregionen IPR");
    expect(html).toContain("2022 (01.01.2022–31.12.2022) – Sør-Østerdal IPR");
  });

  it("gives the secretariat a labelled form with what was written for the chosen period", () => {
    const html = render("nb", PERIODS);
    expect(html).toMatch(/<h3[^>]*>Sammendrag og underskrift<\/h3>/);
    for (const label of ["Sammendrag", "Godkjenning", "Underskrevet av", "Tittel", "Sted", "Dato"]) {
      const id = new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${label}</label>`).exec(html)?.[1];
      expect(id, label).toBeDefined();
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain("Et godt år.");
    expect(html).toMatch(/value="Godkjent av rådet 15\.02\.2024, sak 3\/24\."/);
    expect(html).toContain('maxLength="100"');
    expect(html).toContain("Lagre tekstene");
  });

  it("shows others what the secretariat wrote, without a form", () => {
    const html = render("nb", PERIODS, { ...TEXTS, ...READ_ONLY });
    expect(html).not.toContain("Lagre tekstene");
    expect(html).toContain("Skrevet av rådets sekretariat; du kan lese det her og i rapporten.");
    expect(html).not.toContain("<textarea");
    expect(html).toContain("Med to avsnitt.");
    expect(html).toContain("Hamar, 20.02.2024");
    expect(html).toContain("Tore Eksempel, Leder");
    const unwritten = render("nb", PERIODS, { ...TEXTS, version: 0, ...READ_ONLY });
    expect(unwritten).toContain("Sekretariatet har ikke skrevet sammendrag eller underskrift for denne perioden ennå.");
  });

  it("says so when there is no period to report on, in the reader's language", () => {
    const html = render("sv", []);
    expect(html).toContain("Det finns inga rapporteringsperioder att rapportera om ännu.");
    expect(html).not.toContain("<select");
    expect(html).toContain("Ladda ner som Word");
  });
});
