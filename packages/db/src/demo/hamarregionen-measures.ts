import type { FundingSource } from "@samspill/domain";
import { insertMeasures, type BudgetDef, type MeasureDef, type PartDef } from "./builders.js";
import { PROGRAMMES, councilId, orgId, partnerId } from "./ids.js";
import type { DemoContext } from "./insert.js";

// The text under each heading of seed 004, written as the programme's measures.

const council = councilId("hamarregionen");
const leader = "Daglig leder, Hamarregionen IPR";
const b = (year: number, amount: number, source: FundingSource, description = ""): BudgetDef =>
  ({ year, amount, source, description });
const shared = { scope: "shared" as const, ownerId: council, responsiblePerson: leader };

const part = (code: string, contact: string, email: string, description: string,
  status: PartDef["status"], progress: number, share: number): PartDef => ({
  code, municipalityId: orgId("NO", code), description, contactName: contact,
  contactEmail: `${email}@demo.samspill.no`, status, progress, budgetShare: share,
  budget: [b(2022, share / 2, "municipal_own_contribution", "Kommunal egenandel"),
    b(2023, share / 2, "municipal_own_contribution", "Kommunal egenandel")],
});

export const HAMAR_MEASURES: MeasureDef[] = [
  { key: "hamar:ladestruktur", focusArea: "befolkningsvekst", goals: ["samferdsel"], ...shared,
    title: "Regional ladestruktur",
    description: "En stadig større del av bilparken går fra fossile til elektriske biler. Regionrådet vil bidra " +
      "politisk til at Hamarregionen får en regional ladestruktur som ivaretar behovet for fremtiden. Hver " +
      "kommune bygger ut sin del etter en felles plan.",
    startDate: "2022-01-01", endDate: "2026-12-31", status: "in_progress", progress: 55, sdg: [7, 9, 11, 13],
    budget: [b(2022, 250000, "council_funds", "Felles planlegging og innkjøp"), b(2023, 250000, "council_funds"),
      b(2022, 400000, "county_partnership_funds", "Hurtigladere ved knutepunktene"),
      b(2023, 400000, "county_partnership_funds", "Hurtigladere ved knutepunktene"), b(2026, 200000, "council_funds", "Sluttfase")],
    parts: [
      part("3403", "Ingrid Hansen", "hamar", "Hurtigladere ved kollektivknutepunkt og kommunale parkeringsplasser i Hamar sentrum.", "in_progress", 70, 600000),
      part("3411", "Nils Bakken", "ringsaker", "Ladepunkter langs E6 og i tettstedene Brumunddal og Moelv.", "delayed", 35, 600000),
      part("3412", "Sofie Lie", "loten", "Ladepunkter i Løten sentrum og ved innfartsparkering.", "in_progress", 50, 200000),
      part("3413", "Ola Nordmann", "stange", "Ladepunkter ved Stange stasjon, Tangen og Ottestad, og ladeplan for kommunale bygg.", "in_progress", 45, 400000),
    ],
    indicators: [{ key: "ladepunkter", name: "Nye offentlig tilgjengelige ladepunkter", unit: "antall",
      baseline: 0, baselineDate: "2022-01-01", target: 120, targetDate: "2026-12-31", perMunicipality: true,
      values: ([["3403", 18, 34], ["3411", 12, 20], ["3412", 4, 9], ["3413", 10, 19]] as const).flatMap(([code, a, c]) => [
        { on: "2022-12-31", value: a, municipalityId: orgId("NO", code) },
        { on: "2023-12-31", value: c, municipalityId: orgId("NO", code) }]) }] },
  { key: "hamar:mjosby", focusArea: "befolkningsvekst", goals: ["tilflytting", "samferdsel"], ...shared,
    title: "Mjøsby-samarbeidet og regionvekstavtaler",
    description: "Mjøsby-samarbeidet er en viktig satsing for Hamarregionen. Aksen øst–vest binder sammen det " +
      "sentrale Innlandet på en måte som styrker oss som bo- og arbeidsregion. Regionrådet vil jobbe for " +
      "regionvekstavtaler gjennom Mjøsby-samarbeidet.",
    startDate: "2022-01-01", endDate: "2026-12-31", status: "in_progress", progress: 40, sdg: [9, 11, 17],
    budget: [b(2022, 100000, "council_funds"), b(2023, 100000, "council_funds")] },
  { key: "hamar:kompetansearbeidsplasser", focusArea: "befolkningsvekst", goals: ["tilflytting"], ...shared,
    title: "Kompetansearbeidsplasser og offentlige virksomheter til Hamarregionen",
    description: "Regionrådet vil være en bidragsyter for å flytte kompetansearbeidsplasser fra Oslo-området til " +
      "Hamarregionen, også ved utflytting av offentlige virksomheter.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 30, sdg: [8, 11] },
  { key: "hamar:utenforskap", focusArea: "befolkningsvekst", goals: ["inkludering"], ...shared,
    title: "Bekjempe utenforskap – en inkluderende bo- og arbeidsregion",
    description: "For mange står utenfor skole og arbeidsliv. Regionrådet vil arbeide for å bekjempe utenforskap " +
      "sammen med kommunene, NAV og næringslivet, slik at regionen blir mer inkluderende.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 50, sdg: [4, 8, 10],
    budget: [b(2022, 150000, "council_funds"), b(2023, 250000, "county_partnership_funds")] },
  { key: "hamar:eu-eos", focusArea: "befolkningsvekst", goals: ["tilflytting", "arbeidsplasser"], ...shared,
    title: "EU/EØS-prosjekter og partnersøk",
    description: "Regionrådet vil søke impulser for utvikling utenfor regionens grenser, stimulere til samarbeid " +
      "nasjonalt og bidra til internasjonale prosjekter inn mot EU/EØS. Regionrådet kan bistå med partnersøk og " +
      "midler til søknadsskriving.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "completed", progress: 100, sdg: [8, 17],
    budget: [b(2022, 200000, "council_funds", "Midler til søknadsskriving"), b(2023, 500000, "external", "EØS-midler")] },
  { key: "hamar:samferdsel", focusArea: "befolkningsvekst", goals: ["samferdsel"], ...shared,
    title: "Løfte regionens samferdselsbehov",
    description: "Regionrådet vil løfte fram regionens behov innen veg, bane, kollektiv og bredbånd som et ledd i å " +
      "bedre regionens attraktivitet.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 60, sdg: [9, 11] },
  { key: "hamar:innovasjonsstrategier", focusArea: "kompetanse", goals: ["arbeidsplasser"], ...shared,
    responsibleOrganisationId: partnerId("innlandet-science-park"),
    title: "Strategier for innovasjon og vekst i næringslivet",
    description: "Støtte til utvikling av, og arbeid med, strategier for innovasjon og vekst i næringslivet, slik at " +
      "regionen også skaper fremtidens arbeidsplasser.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "completed", progress: 100, sdg: [8, 9],
    budget: [b(2022, 300000, "county_partnership_funds")] },
  { key: "hamar:arenaer", focusArea: "kompetanse", goals: ["arenaer"], ...shared,
    responsibleOrganisationId: partnerId("innlandet-science-park"),
    title: "Arenaer og nettverk for næringsliv, offentlig sektor og akademia",
    description: "Regionrådet vil bidra til å utvikle arenaer og nettverk for samarbeid på tvers av bedrifter, " +
      "offentlig sektor og akademia (trippel helix), slik at de er attraktive å være aktive i.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 65, sdg: [9, 17],
    budget: [b(2022, 200000, "county_partnership_funds"), b(2023, 150000, "council_funds")] },
  { key: "hamar:profilering", focusArea: "profilering", goals: ["omdomme"], ...shared,
    title: "Felles profilering og markedsføring av Hamarregionen",
    description: "Støtte opp om arbeid som synliggjør regionen som utviklingsorientert, positiv og raus – i eget " +
      "fylke, nasjonalt og internasjonalt: identitet, tiltrekningskraft og kommunikasjon.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 45, sdg: [8, 11],
    budget: [b(2022, 250000, "council_funds"), b(2023, 250000, "council_funds")] },
  { key: "hamar:lo-nho", focusArea: "diskusjonsarena", goals: ["nyttige-moter"], ...shared,
    title: "Felles møter med LO og NHO",
    description: "Regionrådet brukes som arena for felles møter med LO og NHO.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "completed", progress: 100, sdg: [8, 17],
    budget: [b(2022, 30000, "council_funds"), b(2023, 30000, "council_funds")],
    indicators: [{ key: "moter", name: "Felles møter med LO og NHO", unit: "møter", baseline: 0,
      baselineDate: "2022-01-01", target: 4, targetDate: "2023-12-31",
      values: [{ on: "2022-12-31", value: 2 }, { on: "2023-12-31", value: 4 }] }] },
  { key: "hamar:statsforvalteren", focusArea: "diskusjonsarena", goals: ["nasjonal-dagsorden"], ...shared,
    title: "Tettere kontakt med Statsforvalteren og fylkeskommunen",
    description: "Statsforvalteren kobles tettere på regionrådets arbeid for tidlig involvering, dialog og felles " +
      "forståelse. Samspillet med fylkeskommunen, et viktig uttak av partnerskapsavtalen, skal være nært og tillitsfullt.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 70, sdg: [17] },
  { key: "hamar:stortingsbenken", focusArea: "diskusjonsarena", goals: ["nasjonal-dagsorden"], ...shared,
    title: "Arbeid opp mot stortingsbenken",
    description: "Arbeide opp mot stortingsbenken og andre sentrale instanser for å løfte våre regionale utfordringer.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 50, sdg: [17],
    budget: [b(2023, 50000, "council_funds")] },
  { key: "stange:unge-i-arbeid", focusArea: "befolkningsvekst", goals: ["inkludering"], scope: "local",
    ownerId: orgId("NO", "3413"), responsiblePerson: "Næringssjef, Stange kommune",
    title: "Flere unge i arbeid i Stange",
    description: "Stange kommunes eget tiltak mot utenforskap: lærlingplasser og arbeidstrening i samarbeid med " +
      "lokalt næringsliv, som bidrag til en mer inkluderende bo- og arbeidsregion.",
    startDate: "2022-01-01", endDate: "2026-12-31", status: "in_progress", progress: 40, sdg: [4, 8, 10],
    budget: [b(2022, 150000, "municipal_own_contribution"), b(2023, 150000, "municipal_own_contribution"),
      b(2026, 200000, "municipal_own_contribution"), b(2023, 100000, "council_funds")] },
  { key: "hamar:vertskap", focusArea: "befolkningsvekst", goals: ["tilflytting"], scope: "local",
    ownerId: orgId("NO", "3403"), responsiblePerson: "Næringssjef, Hamar kommune",
    title: "Vertskapsprogram for nye virksomheter og tilflyttere i Hamar",
    description: "Hamar kommunes eget tiltak: ett kontaktpunkt for virksomheter og arbeidstakere som flytter hit " +
      "fra Oslo-området, med hjelp til lokaler, bolig og jobb for medflyttende.",
    startDate: "2022-01-01", endDate: "2026-12-31", status: "in_progress", progress: 55, sdg: [8, 11],
    budget: [b(2022, 200000, "municipal_own_contribution"), b(2023, 200000, "municipal_own_contribution"),
      b(2026, 250000, "municipal_own_contribution")] },
];

export async function loadHamarregionenMeasures(ctx: DemoContext): Promise<void> {
  await insertMeasures(ctx, PROGRAMMES.hamarregionen, "NOK", HAMAR_MEASURES);
}
