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
  id: "m1", number: "1.1", title: "Regional ladestruktur", scope: "shared", status: "delayed", progress: 45,
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
  decisions: [{
    decisionId: "d1", caseNumber: "12/22", decidedOn: "2022-03-10", text: "Regionrådet vedtar handlingsprogrammet.",
    agendaItemTitle: "Handlingsprogram 2022–2023", meetingId: "mt1", meetingTitle: "Rådsmøte", body: "Regionrådet", adopts: true,
  }],
  successor: null,
  viewer: {
    editStructure: { allowed: false, reason: "sign_in_required" }, addMeasure: { allowed: false, reason: "sign_in_required" },
    editFollowUp: { allowed: false, reason: "sign_in_required" }, publish: { allowed: false, reason: "sign_in_required" },
    startRevision: { allowed: false, reason: "sign_in_required" }, adopt: { allowed: false, reason: "sign_in_required" },
    importStructure: { allowed: false, reason: "sign_in_required" },
  },
};

const yes = { allowed: true, reason: null };
/** What the server answers the council's secretariat about its adopted, published version. */
const secretariatOnAdopted: ProgrammeDetail["viewer"] = {
  editStructure: { allowed: false, reason: "programme_adopted_use_revision" }, addMeasure: { allowed: false, reason: "programme_adopted_use_revision" },
  editFollowUp: yes, publish: yes, startRevision: yes, adopt: { allowed: false, reason: "programme_not_draft" },
  importStructure: { allowed: false, reason: "programme_adopted_use_revision" },
};
const secretariatOnDraft: ProgrammeDetail["viewer"] = {
  editStructure: yes, addMeasure: yes, editFollowUp: yes, publish: { allowed: false, reason: "programme_not_adopted" },
  startRevision: { allowed: false, reason: "revise_adopted_only" }, adopt: yes,
  importStructure: { allowed: false, reason: "programme_has_structure" },
};

/** Renders the page from a pre-filled cache: no server, no effects, just the markup. */
function render(lang: Language, detail: ProgrammeDetail = programme): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.programmes.get.queryKey({ id: "p1" }), detail);
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

  it("numbers each measure and lists the decisions about the programme", () => {
    const html = render("nb");
    expect(html).toMatch(/<span class="measure-number">1\.1<\/span> <a[^>]*>Regional ladestruktur<\/a>/);
    expect(html).toMatch(/<h2[^>]*>Vedtak<\/h2>/);
    expect(html).toContain("vedtok denne versjonen");
  });

  it("shows the secretariat of an adopted version why its structure changes by revision, and lets it start one and publish", () => {
    const html = render("nb", { ...programme, published: false, viewer: secretariatOnAdopted });
    expect(html).toContain("Denne versjonen er vedtatt av rådet.");
    expect(html).toContain(">Start rullering</button>");
    expect(html).not.toContain("Legg til tiltak");
    expect(html).toContain("Ikke publisert");
    expect(html).toContain(">Publiser</button>");
  });

  it("gives the secretariat of a draft its structure to edit, and says why a draft is not published", () => {
    const html = render("nb", { ...programme, status: "draft", published: false, adoption: null, viewer: secretariatOnDraft });
    expect(html).toContain(">Endre tittel og periode</button>");
    expect(html).toContain(">Legg til tiltak</button>");
    expect(html).toContain("Et utkast blir aldri offentlig.");
    expect(html).not.toContain(">Publiser</button>");
    expect(html).not.toContain("Start rullering");
  });

  it("tells a signed-in reader who may change the programme", () => {
    const viewer = Object.fromEntries(Object.keys(programme.viewer).map((key) => [key, { allowed: false, reason: "role_not_allowed" }])) as ProgrammeDetail["viewer"];
    expect(render("nb", { ...programme, viewer })).toContain("Bare sekretariatet i Hamarregionen kan endre dette.");
    expect(render("nb")).not.toContain("Bare sekretariatet");
  });
});
