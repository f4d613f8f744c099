import { fundsTable } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import { AgreementPage } from "./agreement-page";
import { AgreementsPage } from "./agreements-page";
import type { AgreementDetail } from "./types";

// The agreement and the list as the county official and as a party's secretariat see them: the
// controls follow the server's permits, and a reader who may not edit is told why.

const allowed = { allowed: true, reason: null };
const refused = { allowed: false, reason: "role_not_allowed" };

function agreement(manage: { allowed: boolean; reason: string | null }): AgreementDetail {
  return {
    id: "a1", countyId: "k1", title: "Partnerskapsavtale Hamarregionen 2027–2030", description: "", status: "draft",
    periodStart: "2027-01-01", periodEnd: "2030-12-31", caseNumber: null, version: 3, currency: "NOK",
    parties: [
      { id: "p1", agreementId: "a1", organisationId: "k1", name: "Innlandet", kind: "county", signatoryName: null, signatoryTitle: null, signedOn: null, version: 1 },
      { id: "p2", agreementId: "a1", organisationId: "c1", name: "Hamarregionen", kind: "regional_council", signatoryName: "Tore", signatoryTitle: null, signedOn: null, version: 1 },
    ],
    obligations: [{
      id: "o1", agreementId: "a1", partyId: "c1", title: "Ladeinfrastruktur", description: "", position: 0, version: 1,
      measures: [
        { id: "m1", title: "Regional ladestruktur", status: "in_progress", progress: 55, draft: false, spent: [] },
        { id: "m2", title: "Nytt tiltak i rulleringen", status: "planned", progress: 0, draft: true, spent: [] },
      ],
    }],
    fundingCommitments: [{ id: "f1", agreementId: "a1", year: 2027, source: "county_partnership_funds", sourceName: "", amount: { amountMinor: 150_000_000, currency: "NOK" }, version: 1 }],
    funds: fundsTable([{ year: 2027, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 150_000_000 }], []),
    sharedMeasures: [],
    reportingRequirements: [{ id: "r1", agreementId: "a1", title: "Årsrapport 2027", description: "", dueDate: "2028-03-01", fulfilledOn: null, state: "due", version: 1 }],
    dialogueMeetings: [],
    decisions: [],
    viewer: { manage },
  };
}

function renderAgreement(manage: { allowed: boolean; reason: string | null }, lang: Language = "nb") {
  return renderFromCache(lang, (trpc, client) => client.setQueryData(trpc.agreements.get.queryKey({ id: "a1" }), agreement(manage)), <AgreementPage id="a1" />);
}

describe("AgreementPage", () => {
  it("gives the county official a control for every part of the agreement, each row's named", () => {
    const html = renderAgreement(allowed);
    for (const control of ["Rediger avtalen", "Legg til part", "Legg til forpliktelse", "Koble et tiltak til Ladeinfrastruktur", "Gi finansieringstilsagn",
      "Legg til rapporteringskrav", "Registrer dialogmøte"]) {
      expect(html).toContain(`>${control}</button>`);
    }
    expect(html).toContain('aria-label="Rediger Hamarregionen"');
    expect(html).toContain('aria-label="Fjern Hamarregionen"');
    // The county stays a party: no remove button for it.
    expect(html).not.toContain('aria-label="Fjern Innlandet"');
    expect(html).toContain('aria-label="Fjern koblingen til Regional ladestruktur"');
    expect(html).not.toContain("kan endre denne avtalen");
  });

  it("shows a reader who may not edit the agreement as it is, with the reason and no controls", () => {
    const html = renderAgreement(refused);
    expect(html).toContain("Bare Innlandet fylkeskommune kan endre denne avtalen; du kan lese den.");
    for (const control of ["Rediger avtalen", "Legg til part", "Gi finansieringstilsagn", "Fjern koblingen"]) expect(html).not.toContain(control);
    expect(html).toContain("Regional ladestruktur");
  });

  it("marks a measure only a revision draft has as a draft, in Swedish too", () => {
    expect(renderAgreement(refused)).toMatch(/Nytt tiltak i rulleringen<\/a> <span[^>]*>utkast<\/span>/);
    const sv = renderAgreement(allowed, "sv");
    expect(sv).toContain(">utkast</span>");
    expect(sv).toContain(">Redigera avtalet</button>");
    expect(sv).toContain(">Lägg till finansieringsåtagande</button>");
  });
});

describe("AgreementsPage", () => {
  const list = (create: { allowed: boolean; reason: string | null }) => ({
    total: 1, countyId: "k1", party: null, viewer: { create },
    items: [{
      id: "a1", countyId: "k1", title: "Partnerskapsavtale Hamarregionen", description: "", status: "active" as const,
      periodStart: "2022-01-01", periodEnd: "2026-12-31", caseNumber: null, version: 1,
      parties: [{ organisationId: "c1", name: "Hamarregionen", kind: "regional_council" as const }],
      committed: [{ amountMinor: 1_400_000_000, currency: "NOK" as const }],
    }],
  });
  const render = (create: { allowed: boolean; reason: string | null }) =>
    renderFromCache("nb", (trpc, client) => client.setQueryData(trpc.agreements.list.queryKey({ limit: 200, offset: 0 }), list(create)), <AgreementsPage />);

  it("offers a new agreement only when the server allows it, and shows what each agreement commits", () => {
    expect(render(allowed)).toContain(">Ny avtale</button>");
    expect(render(refused)).not.toContain("Ny avtale");
    expect(render(allowed)).toMatch(/>Tilsagt<\/th>/);
    expect(render(allowed).replace(/[\s\u00a0\u202f]/g, "")).toContain("14000000kr");
  });

  it("tells a member municipality without agreements whose list it is and where the council's are read", () => {
    const html = renderFromCache("nb", (trpc, client) => client.setQueryData(trpc.agreements.list.queryKey({ limit: 200, offset: 0 }), {
      ...list(refused), total: 0, items: [], party: { id: "m1", name: "Stange kommune", kind: "municipality" as const },
    }), <AgreementsPage />);
    expect(html).toContain("Stange kommune er ikke part i noen partnerskapsavtale ennå.");
    expect(html).toContain("Avtalene fylkeskommunen har med regionrådet, leses av rådets sekretariat og medlemmer.");
  });
});
