import { insertMeasures, insertProgramme, type BudgetDef } from "./builders.js";
import { PROGRAMMES, councilId, orgId, partnerId } from "./ids.js";
import type { DemoContext } from "./insert.js";

// Seeds 000 and 001: Elverum's ambition to become Norway's health and emergency preparedness
// capital, run by Elverum Vekst AS as Elverum+, here as Elverum's local measure in the
// Sør-Østerdal IPR programme.

const key = PROGRAMMES.sorOsterdal;
const elverum = orgId("NO", "3420");

const privateJobs = (code: string, values: number[]) =>
  values.map((value, index) => ({ on: `${2021 + index}-12-31`, value, municipalityId: orgId("NO", code) }));

export async function loadSorOsterdal(ctx: DemoContext): Promise<string> {
  const id = await insertProgramme(ctx, {
    key,
    ownerId: councilId("sor-osterdal"),
    strategyId: null,
    title: "Handlingsprogram 2024–2025",
    introduction: "Handlingsprogrammet samler det regionale utviklingsarbeidet i Sør-Østerdal – Åmot, Engerdal, " +
      "Trysil, Våler og Elverum – og kommunenes egne tiltak som bidrar til regionens mål. Hovedmålet er flere " +
      "private arbeidsplasser og økt næringsattraktivitet.",
    periodStart: "2024-01-01",
    periodEnd: "2025-12-31",
    published: true,
    publishedAt: "2024-04-02T09:00:00Z",
    focusAreas: [
      { key: "naering", title: "Næringsutvikling og arbeidsplasser", heading: "Utvikling",
        description: "Regionen har høy bostedsattraktivitet, men næringsattraktiviteten har vært lav. Kommunene vil " +
          "tiltrekke seg private bedrifter og investeringer.",
        subThemes: ["Bedriftsrekruttering", "Nettverk og møteplasser", "Helse og beredskap"] },
      { key: "attraktivitet", title: "Omdømme og tilflytting", heading: "Synliggjøring",
        subThemes: ["Synlighet", "Tilflytting av arbeidskraft"] },
    ],
    goals: [
      { key: "private-arbeidsplasser", focusArea: "naering", title: "Flere private arbeidsplasser i Sør-Østerdal",
        description: "Med en sterk tilstedeværelse av offentlige arbeidsplasser vil kommunene balansere med vekst i " +
          "private næringer.",
        indicators: [{ key: "private-arbeidsplasser", name: "Private arbeidsplasser", unit: "arbeidsplasser",
          perMunicipality: true, values: [
            ...privateJobs("3420", [5480, 5530, 5560, 5640, 5720]),
            ...privateJobs("3421", [2050, 2110, 2140, 2160]),
            ...privateJobs("3422", [780, 790, 805, 800]),
          ] }] },
      { key: "helse-beredskap", focusArea: "naering", title: "Elverum som Norges helse- og beredskapshovedstad",
        description: "Elverum skal være et knutepunkt for nasjonale og internasjonale virksomheter innen helse, " +
          "livsstil og beredskap." },
      { key: "synlighet", focusArea: "attraktivitet", title: "Økt synlighet og bedre omdømme",
        description: "Økt synlighet og forbedret omdømme gir økonomisk vekst og tilflytting av arbeidskraft.",
        // Elverum's population from SSB's table 07459 (1 January), filled by "Import now" or the daily import.
        indicators: [{ key: "folketall", name: "Folketall 1. januar", unit: "personer", source: "ssb", perMunicipality: true,
          sourceRef: { source: "ssb", table: "07459", contentsCode: "Personer1", at: "start",
            regions: [{ municipalityId: elverum, codes: ["3420"] }] } }] },
    ],
  });
  // Elverum Vekst AS's own five million is external money, never the county's. The county's
  // partnership funds under its agreement with Elverum come on top, as the reports show
  // (reporting.ts): only they count as spent against that agreement.
  const year = (y: number): BudgetDef =>
    ({ year: y, amount: 1_000_000, source: "external", description: "Avsatt av Elverum Vekst AS" });
  await insertMeasures(ctx, key, "NOK", [{
    key: "elverum:helse-beredskap",
    focusArea: "naering",
    goals: ["private-arbeidsplasser", "helse-beredskap", "synlighet"],
    scope: "local",
    ownerId: elverum,
    responsibleOrganisationId: partnerId("elverum-vekst"),
    responsiblePerson: "Prosjektleder Elverum+, Elverum Vekst AS",
    title: "Helse- og beredskapshovedstaden (Elverum+)",
    description: "Femårig satsing for å gjøre Elverum til Norges helse- og beredskapshovedstad. Høsten 2023 " +
      "satte styret i Elverum Vekst AS i gang et stedsposisjoneringsprosjekt, «Morgendagens Elverum», med " +
      "workshops, analyser og en innspillsrunde med over 10 000 deltakere, og kommunestyret har vedtatt " +
      "ambisjonen. Elverum Vekst AS har satt av 5 millioner kroner. Satsingen driver systematisk " +
      "bedriftsrekruttering (rørløft og bedriftsmøter), etablerer nettverk og møteplasser og går nå inn i en " +
      "mer målrettet fase mot konkrete bransjer og bedrifter.",
    startDate: "2024-01-01",
    endDate: "2028-12-31",
    status: "in_progress",
    progress: 40,
    sdg: [3, 8, 9, 17],
    budget: [2024, 2025, 2026, 2027, 2028].map(year),
    indicators: [
      { key: "rorloft", name: "Rørløft (telefonsamtaler med bedrifter)", unit: "samtaler", baseline: 0,
        baselineDate: "2024-01-01", target: 145, targetDate: "2025-12-31",
        values: [{ on: "2024-06-30", value: 35 }, { on: "2024-12-31", value: 80 },
          { on: "2025-06-30", value: 120 }, { on: "2025-09-09", value: 145 }] },
      { key: "bedriftsmoter", name: "Møter med bedrifter innen helse og beredskap", unit: "møter", baseline: 0,
        baselineDate: "2024-01-01", target: 30, targetDate: "2025-12-31",
        values: [{ on: "2024-12-31", value: 12 }, { on: "2025-06-30", value: 22 }, { on: "2025-09-09", value: 30 }] },
      { key: "innspillsrunde", name: "Deltakere i innspillsrunden «Morgendagens Elverum»", unit: "deltakere",
        baseline: 0, target: 10000, values: [{ on: "2024-03-31", value: 10000 }] },
    ],
  }]);
  return id;
}
