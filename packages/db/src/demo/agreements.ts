import type { FundingSource } from "@samspill/domain";
import { agreementId, councilId, demoId, measureId, obligationId, orgId } from "./ids.js";
import { kr, put, type DemoContext } from "./insert.js";

// Partnership agreements between a county and a council or a municipality (seed 004 quotes the
// one between the Hamarregionen municipalities and Innlandet fylkeskommune).

interface AgreementDef {
  key: string;
  countyId: string;
  title: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  caseNumber: string;
  parties: { org: string; name: string; title: string; signedOn: string }[];
  obligations: { key: string; party: string; title: string; description: string; measures: string[] }[];
  /** `idKey`: what the row's id was made from when the demo first named the source otherwise, so a
   * database loaded before keeps one commitment per year and source. */
  funding: { years: number[]; source: FundingSource; sourceName: string; amount: number; idKey?: string }[];
  reports: { title: string; due: string; fulfilled: string | null }[];
  dialogue: { on: string; title: string; summary: string }[];
}

const innlandet = orgId("NO", "34");
const akershus = orgId("NO", "32");
const hamar = councilId("hamarregionen");
const soipr = councilId("sor-osterdal");
const grip = councilId("gardermoregionen");
const elverum = orgId("NO", "3420");
const county = (name: string, signedOn: string, org = innlandet) => ({ org, name, title: "Fylkesordfører", signedOn });
const yearly = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const annual = (years: number[], late: Record<number, string | null> = {}) => years.map((year) => ({
  title: `Årsrapport ${year}`, due: `${year + 1}-03-01`,
  fulfilled: year in late ? late[year]! : `${year + 1}-02-25`,
}));
// The agreement's own words for its money say whose it is, beside the one name every screen and
// document gives the source ("Fylkets partnerskapsmidler"), never another name for it.
const partnership = (county: string) => `Bevilgning fra ${county}`;

export const AGREEMENTS: AgreementDef[] = [
  { key: "innlandet-hamarregionen", countyId: innlandet, caseNumber: "22/01234",
    title: "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026",
    description: "Kommunene er fylkeskommunens viktigste samarbeidsparter i det regionale utviklingsarbeidet, og " +
      "regionrådene skal være den viktigste samhandlingsarenaen mellom kommunene og Innlandet fylkeskommune. " +
      "Forvaltningen og oppfølgingen av avtalen knyttes til regionrådsarbeidet.",
    periodStart: "2022-01-01", periodEnd: "2026-12-31",
    parties: [county("Berit Eksempel", "2022-03-18"),
      { org: hamar, name: "Tore Eksempel", title: "Leder, Hamarregionen IPR", signedOn: "2022-03-14" }],
    obligations: [
      { key: "koordinering", party: hamar, title: "Koordinere det regionale utviklingsarbeidet i Hamarregionen",
        description: "Regionrådet er samhandlingsarenaen mellom kommunene og fylkeskommunen og koordinerer kommunenes felles utviklingsarbeid.",
        measures: ["hamar:ladestruktur", "hamar:mjosby", "hamar:utenforskap", "hamar:arenaer"] },
      { key: "naering", party: hamar, title: "Løfte regionens næringsliv og synlighet",
        description: "Regionrådet følger opp handlingsprogrammets satsing på kompetanse, næringsutvikling og profilering.",
        measures: ["hamar:eu-eos", "hamar:profilering", "hamar:lo-nho"] },
      { key: "rapportering", party: hamar, title: "Rapportere årlig på framdrift og bruk av midler",
        description: "Kommunene leverer statusrapportene til sekretariatet innen 31. januar; årsrapporten, satt sammen av " +
          "de godkjente statusrapportene, sendes fylkeskommunen innen 1. mars.", measures: [] },
      { key: "midler", party: innlandet, title: "Bidra med partnerskapsmidler",
        description: "Innlandet fylkeskommune stiller partnerskapsmidler til rådighet for regionrådets satsinger.",
        measures: ["hamar:ladestruktur", "hamar:innovasjonsstrategier", "hamar:arenaer", "hamar:utenforskap"] },
      { key: "dialog", party: innlandet, title: "Felles dialog og samhandling",
        description: "Partene møtes til dialogmøter minst én gang i året, og fylkeskommunen løfter regionens saker på den nasjonale dagsordenen sammen med regionrådet.",
        measures: ["hamar:statsforvalteren", "hamar:stortingsbenken"] },
    ],
    funding: [{ years: yearly(2022, 2026), source: "county_partnership_funds", sourceName: partnership("Innlandet fylkeskommune"), idKey: "Regionale utviklingsmidler", amount: 2_000_000 },
      { years: yearly(2022, 2026), source: "council_funds", sourceName: "Kommunenes tilskudd til regionrådet", amount: 800_000 }],
    reports: [...annual(yearly(2022, 2026), { 2023: "2024-03-08", 2025: null, 2026: null }),
      { title: "Regnskap for partnerskapsmidlene 2025", due: "2026-04-30", fulfilled: "2026-04-28" }],
    dialogue: [
      { on: "2022-04-20", title: "Oppstartsmøte for partnerskapsavtalen", summary: "Gjennomgang av avtalen og handlingsprogrammet 2022–2023." },
      { on: "2023-10-12", title: "Dialogmøte høsten 2023", summary: "Status for regional ladestruktur og Mjøsby-samarbeidet." },
      { on: "2024-10-17", title: "Dialogmøte høsten 2024", summary: "Videreføring av tiltakene etter programperioden." },
      { on: "2025-10-16", title: "Dialogmøte høsten 2025", summary: "Årsrapport 2025 og prioriteringer for 2026." },
      { on: "2026-10-15", title: "Dialogmøte høsten 2026", summary: "Evaluering av avtaleperioden og ny avtale fra 2027." },
    ] },
  { key: "innlandet-sor-osterdal", countyId: innlandet, caseNumber: "24/00871",
    title: "Partnerskapsavtale mellom Innlandet fylkeskommune og Sør-Østerdal 2024–2027",
    description: "Samarbeid om regional utvikling i Sør-Østerdal, med vekt på private arbeidsplasser og næringsattraktivitet.",
    periodStart: "2024-01-01", periodEnd: "2027-12-31",
    parties: [county("Berit Eksempel", "2024-04-10"),
      { org: soipr, name: "Geir Eksempel", title: "Leder, Sør-Østerdal IPR", signedOn: "2024-04-05" }],
    obligations: [
      { key: "koordinering", party: soipr, title: "Koordinere næringsutviklingen i regionen",
        description: "Regionrådet samordner kommunenes tiltak for flere private arbeidsplasser.", measures: ["elverum:helse-beredskap"] },
      { key: "midler", party: innlandet, title: "Bidra med partnerskapsmidler",
        description: "Partnerskapsmidler til regionrådets prioriterte satsinger.", measures: [] },
    ],
    funding: [{ years: yearly(2024, 2027), source: "county_partnership_funds", sourceName: partnership("Innlandet fylkeskommune"), idKey: "Regionale utviklingsmidler", amount: 1_500_000 }],
    reports: annual(yearly(2024, 2026), { 2026: null }),
    dialogue: [{ on: "2025-05-06", title: "Dialogmøte våren 2025", summary: "Elverum+ og bedriftsrekrutteringen." }] },
  { key: "innlandet-elverum", countyId: innlandet, caseNumber: "24/01102",
    title: "Partnerskapsavtale mellom Innlandet fylkeskommune og Elverum kommune 2024–2027",
    description: "Elverum er medlem av Sør-Østerdal IPR og har i tillegg egen avtale om satsingen på helse og beredskap.",
    periodStart: "2024-01-01", periodEnd: "2027-12-31",
    parties: [county("Berit Eksempel", "2024-06-12"), { org: elverum, name: "Siri Eksempel", title: "Ordfører", signedOn: "2024-06-10" }],
    obligations: [
      { key: "helse-beredskap", party: elverum, title: "Gjennomføre satsingen Helse- og beredskapshovedstaden",
        description: "Elverum kommune og Elverum Vekst AS gjennomfører den femårige satsingen.", measures: ["elverum:helse-beredskap"] },
    ],
    funding: [{ years: yearly(2024, 2027), source: "county_partnership_funds", sourceName: partnership("Innlandet fylkeskommune"), idKey: "Regionale utviklingsmidler", amount: 500_000 }],
    reports: annual(yearly(2024, 2026), { 2026: null }),
    dialogue: [] },
  { key: "akershus-gardermoregionen", countyId: akershus, caseNumber: "24/02210",
    title: "Partnerskapsavtale mellom Akershus fylkeskommune og Gardermoregionen 2024–2027",
    description: "Videreføring av samarbeidet med Viken fylkeskommune om strategisk næringsplan for Gardermoregionen.",
    periodStart: "2024-01-01", periodEnd: "2027-12-31",
    parties: [county("Hanne Eksempel", "2024-05-02", akershus),
      { org: grip, name: "Arne Eksempel", title: "Leder, Gardermoregionen IPR", signedOn: "2024-04-26" }],
    obligations: [
      { key: "naeringsplan", party: grip, title: "Følge opp strategisk næringsplan og handlingsprogrammet",
        description: "Regionrådet ruller handlingsprogrammet og avklarer roller og økonomi.", measures: ["grip:nettverk", "grip:roller-okonomi"] },
      { key: "midler", party: akershus, title: "Bidra med partnerskapsmidler",
        description: "Partnerskapsmidler til nettverk, klynger og omstilling.", measures: ["grip:omstilling"] },
    ],
    funding: [{ years: yearly(2024, 2027), source: "county_partnership_funds", sourceName: partnership("Akershus fylkeskommune"), idKey: "Regionale utviklingsmidler", amount: 1_200_000 }],
    reports: annual(yearly(2024, 2026), { 2025: "2026-03-02", 2026: null }),
    dialogue: [{ on: "2025-09-18", title: "Dialogmøte 2025", summary: "Rullering av handlingsprogrammet." }] },
];

export async function loadAgreements(ctx: DemoContext): Promise<void> {
  const status = (end: string) => (end < "2026-01-01" ? "expired" as const : "active" as const);
  await put(ctx, "partnershipAgreement", AGREEMENTS.map((a) => ({
    id: agreementId(a.key), countyId: a.countyId, title: a.title, description: a.description,
    status: status(a.periodEnd), periodStart: a.periodStart, periodEnd: a.periodEnd, caseNumber: a.caseNumber,
  })));
  for (const a of AGREEMENTS) {
    const id = agreementId(a.key);
    await put(ctx, "agreementParty", a.parties.map((p) => ({
      id: demoId(`party:${a.key}:${p.org}`), agreementId: id, organisationId: p.org,
      signatoryName: p.name, signatoryTitle: p.title, signedOn: p.signedOn,
    })));
    await put(ctx, "obligation", a.obligations.map((o, position) => ({
      id: obligationId(a.key, o.key), agreementId: id, partyId: o.party, title: o.title, description: o.description, position,
    })));
    await put(ctx, "measureObligation", a.obligations.flatMap((o) =>
      o.measures.map((m) => ({ measureId: measureId(m), obligationId: obligationId(a.key, o.key) }))));
    await put(ctx, "fundingCommitment", a.funding.flatMap((f) => f.years.map((year) => ({
      id: demoId(`funding:${a.key}:${year}:${f.source}:${f.idKey ?? f.sourceName}`), agreementId: id, year,
      source: f.source, sourceName: f.sourceName, amountMinor: kr(f.amount), currency: "NOK" as const,
    }))));
    await put(ctx, "reportingRequirement", a.reports.map((r) => ({
      id: demoId(`requirement:${a.key}:${r.title}`), agreementId: id, title: r.title,
      description: "Rapport til fylkeskommunen etter partnerskapsavtalen.", dueDate: r.due, fulfilledOn: r.fulfilled,
    })));
    await put(ctx, "dialogueMeeting", a.dialogue.map((d) => ({
      id: demoId(`dialogue:${a.key}:${d.on}`), agreementId: id, heldOn: d.on, title: d.title, summary: d.summary,
    })));
  }
}
