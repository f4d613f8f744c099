import { createI18n, type Language } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "@samspill/api";
import { TRPCProvider } from "../../app/trpc";
import { preloadProgrammeEditor } from "../programme-editing/programme-editing";
import { ProgrammePage } from "./programme-page";
import type { MeasureSummary, ProgrammeDetail } from "./types";

const measure: MeasureSummary = {
  id: "m1", number: "1.1", title: "Regional ladestruktur", position: 0, version: 1, scope: "shared", status: "delayed", progress: 45,
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
    copyForward: { allowed: false, reason: "sign_in_required" },
    importStructure: { allowed: false, reason: "sign_in_required" },
    enterInBulk: { allowed: false, reason: "sign_in_required" },
  },
};

const yes = { allowed: true, reason: null };
/** What the server answers the council's secretariat about its adopted, published version. */
const secretariatOnAdopted: ProgrammeDetail["viewer"] = {
  editStructure: { allowed: false, reason: "programme_adopted_use_revision" }, addMeasure: { allowed: false, reason: "programme_adopted_use_revision" },
  editFollowUp: yes, publish: yes, startRevision: yes, adopt: { allowed: false, reason: "programme_not_draft" }, copyForward: yes,
  importStructure: { allowed: false, reason: "programme_adopted_use_revision" }, enterInBulk: yes,
};
const secretariatOnDraft: ProgrammeDetail["viewer"] = {
  editStructure: yes, addMeasure: yes, editFollowUp: yes, publish: { allowed: false, reason: "programme_not_adopted" },
  startRevision: { allowed: false, reason: "revise_adopted_only" }, adopt: yes, copyForward: yes,
  importStructure: { allowed: false, reason: "programme_has_structure" }, enterInBulk: yes,
};

/** Renders the page from a pre-filled cache: no server, no effects, just the markup. */
function render(lang: Language, detail: ProgrammeDetail = programme, fill?: (client: QueryClient, trpc: ReturnType<typeof createTRPCOptionsProxy<AppRouter>>) => void): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.programmes.get.queryKey({ id: "p1" }), detail);
  fill?.(queryClient, trpc);
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
  // The editor is a chunk of its own; static rendering does not wait for it.
  beforeAll(async () => {
    await preloadProgrammeEditor();
  });

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

  it("names the adoption's meeting only when its title says more than body and date", () => {
    const withMeeting = (meetingTitle: string) => render("nb", { ...programme, adoption: { decidedOn: "2022-03-10", caseNumber: "12/22", body: "Regionrådet", meetingTitle } });
    expect(withMeeting("Regionrådet, 10.03.2022")).toContain("<dd>Regionrådet, 10.03.2022, sak 12/22</dd>");
    expect(withMeeting("Rådsmøte i Hamar rådhus")).toContain('<div class="meta">Rådsmøte i Hamar rådhus</div>');
  });

  it("speaks Swedish with Swedish dates, keeping Norwegian institution names", () => {
    const html = render("sv");
    expect(html).toContain('<th scope="col" role="columnheader">Åtgärd</th>');
    expect(html).toMatch(/<h3[^>]*>Åtgärder<\/h3>/);
    expect(html).toContain("Regionrådet, 2022-03-10, ärende 12/22");
    expect(html).toContain("Hamarregionen (Regionråd)");
    expect(html).toContain(">Försenad<");
  });

  it("lists who does what in the follow-up, each role by its organisation, in the reader's language", () => {
    const roles: ProgrammeDetail["roles"] = [
      { id: "r1", programmeId: "p1", organisationId: "o1", role: "owner", responsibility: "Eier planen.", position: 0, version: 1,
        organisation: { id: "o1", name: "Gardermoregionen" } },
      { id: "r2", programmeId: "p1", organisationId: "o2", role: "funder", responsibility: "Medfinansiering.", position: 1, version: 1,
        organisation: { id: "o2", name: "Akershus fylkeskommune" } },
    ] as ProgrammeDetail["roles"];
    const html = render("nb", { ...programme, roles });
    expect(html).toMatch(/<h2[^>]*>Roller i oppfølgingen<\/h2>/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>Akershus fylkeskommune<\/th><td[^>]*>Finansierer<\/td><td[^>]*>Medfinansiering\.<\/td>/);
    expect(render("sv", { ...programme, roles })).toContain(">Finansiär<");
    expect(render("nb")).not.toContain("Roller i oppfølgingen");
    expect(html).not.toContain("Legg til rolle");

    // The secretariat changes the follow-up of an adopted version: add a role, remove one.
    const editing = render("nb", { ...programme, roles, viewer: secretariatOnAdopted });
    expect(editing).toContain(">Legg til rolle</button>");
    expect(editing).toContain('aria-label="Fjern rollen til Akershus fylkeskommune"');
    expect(render("nb", { ...programme, viewer: secretariatOnAdopted })).toMatch(/<h2[^>]*>Roller i oppfølgingen<\/h2>/);
  });

  it("names each goal's indicators with unit, baseline and target, where no measure may show them", () => {
    const goal = { id: "g1", title: "Fler vill leva, bo och verka i Vimmerby kommun", description: "", position: 0, version: 1 };
    const area = { ...programme.focusAreas[0]!, goals: [goal], measures: [] };
    const indicator = { id: "i1", name: "Invånare totalt, antal", unit: "invånare", baseline: 15000, target: 16000 };
    const html = render("sv", { ...programme, focusAreas: [area] }, (client, trpc) => {
      client.setQueryData(trpc.indicators.list.queryKey({ goalId: "g1" }), { items: [indicator], total: 1 } as never);
    });
    expect(html).toContain("Mäts med: <span>Invånare totalt, antal (invånare · Utgångsläge 15\u00a0000 · Mål 16\u00a0000)</span>");
    expect(render("nb", { ...programme, focusAreas: [area] })).not.toContain("Måles med");
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
