import type { FollowUpRole, FundingSource } from "@samspill/domain";
import { insertMeasures, insertProgramme, type BudgetDef, type MeasureDef, type PartDef } from "./builders.js";
import { PROGRAMMES, councilId, demoId, orgId, partnerId, programmeId, strategyId } from "./ids.js";
import { put, type DemoContext } from "./insert.js";

// Seed 002: Strategisk næringsplan for Gardermoregionen. Pre-project adopted by the regionråd in
// January 2020, action programme adopted in April 2021 with clear roles in the follow-up.

const key = PROGRAMMES.gardermoregionen;
const council = councilId("gardermoregionen");
const MEMBERS = ["3209", "3228", "3230", "3238", "3240", "3242"]; // Ullensaker, Nes, Gjerdrum, Nannestad, Eidsvoll, Hurdal
const b = (year: number, amount: number, source: FundingSource, description = ""): BudgetDef =>
  ({ year, amount, source, description });
const common = { scope: "shared" as const, ownerId: council, responsibleOrganisationId: partnerId("innovasjon-gardermoen"),
  responsiblePerson: "Prosjektleder, Innovasjon Gardermoen" };

const networkParts: PartDef[] = MEMBERS.map((code, index) => ({
  code, municipalityId: orgId("NO", code), contactName: "Næringsrådgiver (demo)",
  description: "Følger opp bedrifter og næringsforeningen i kommunen og bidrar til nye nettverk.",
  status: index < 4 ? "in_progress" : "planned", progress: index < 4 ? 60 : 0,
}));

const MEASURES: MeasureDef[] = [
  { key: "grip:kartlegging", focusArea: "nettverk", goals: ["nettverk"], ...common,
    title: "Kartlegge nettverk og næringsklynger i regionen",
    description: "Det er relativt få nettverk og næringsklynger i regionen. Kartleggingen viser hvilke som finnes, og " +
      "hvor initiativ fra bedriftene selv eller innovasjonsmiljøene mangler.",
    startDate: "2021-05-01", endDate: "2021-12-31", status: "completed", progress: 100, sdg: [8, 9],
    budget: [b(2021, 150000, "council_funds")] },
  { key: "grip:nettverk", focusArea: "nettverk", goals: ["nettverk"], ...common,
    title: "Initiere flere nettverk og næringsklynger",
    description: "Skape grobunn og initiativ til flere nettverk, klynger og annet samarbeid for å skape flere og andre " +
      "typer arbeidsplasser og tilføre regionen ny type næring og mer kompetanse.",
    startDate: "2021-05-01", endDate: "2023-12-31", status: "in_progress", progress: 60, sdg: [8, 9, 17],
    budget: [b(2022, 400000, "county_partnership_funds", "Viken fylkeskommune"), b(2022, 200000, "council_funds")],
    parts: networkParts,
    indicators: [{ key: "nye-nettverk", name: "Nye nettverk og klynger etablert", unit: "antall", baseline: 0,
      baselineDate: "2021-05-01", target: 5, targetDate: "2023-12-31",
      values: [{ on: "2021-12-31", value: 1 }, { on: "2022-12-31", value: 3 }] }] },
  { key: "grip:forankring", focusArea: "forankring", goals: ["samarbeid"], ...common,
    title: "Forankring i kommunene og i næringslivet",
    description: "Forankre planen i alle seks kommunene og hos bedriftene og næringsforeningene, slik at arbeidet " +
      "bygger større tillit og en plattform for varig samarbeid.",
    startDate: "2021-05-01", endDate: "2021-12-31", status: "completed", progress: 100, sdg: [17] },
  { key: "grip:synliggjoring", focusArea: "forankring", goals: ["samarbeid"], ...common,
    title: "Synliggjøre merverdien av en felles strategi",
    description: "Vise hvordan en strategi på tvers av kommunegrensene kan skape merverdi og kraft for hele " +
      "Romerikes-regionen.",
    startDate: "2021-05-01", endDate: "2023-12-31", status: "in_progress", progress: 50, sdg: [17],
    budget: [b(2022, 100000, "council_funds")] },
  { key: "grip:omstilling", focusArea: "omstilling", goals: ["omstilling"], ...common,
    title: "Omstilling av eksisterende arbeidsliv",
    description: "Siden mars 2020 har arbeidsregionen vært sterkt påvirket av koronapandemien. Tiltaket ser på hvordan " +
      "arbeidsplasser som har gått tapt, kan erstattes med nye.",
    startDate: "2021-05-01", endDate: "2023-12-31", status: "in_progress", progress: 45, sdg: [8],
    budget: [b(2021, 300000, "county_partnership_funds", "Viken fylkeskommune"), b(2022, 300000, "municipal_own_contribution")] },
  { key: "grip:laering", focusArea: "omstilling", goals: ["omstilling"], ...common,
    title: "Læring fra koronapandemien",
    description: "Samle erfaringene fra pandemien og bruke dem på en positiv måte i det videre arbeidet.",
    startDate: "2021-05-01", endDate: "2022-06-30", status: "completed", progress: 100, sdg: [8, 17] },
  { key: "grip:konferanse-2021", focusArea: "forankring", goals: ["samarbeid"], ...common,
    title: "Felles næringskonferanse 2021",
    description: "Planlagt fysisk konferanse for næringslivet i de seks kommunene; avlyst og erstattet av digitale møter.",
    startDate: "2021-09-01", endDate: "2021-11-30", status: "cancelled", progress: 0, sdg: [17] },
  { key: "grip:roller-okonomi", focusArea: "forankring", goals: ["samarbeid"], ...common,
    title: "Rollefordeling og økonomi for oppfølgingen",
    description: "Regionrådet arbeider med hvordan planen skal tas videre, og med å få på plass rollefordeling og økonomi.",
    startDate: "2022-01-01", endDate: "2023-12-31", status: "in_progress", progress: 30, sdg: [17] },
];

const ROLES: { org: string; role: FollowUpRole; responsibility: string }[] = [
  { org: council, role: "owner", responsibility: "Eier den strategiske næringsplanen og vedtar handlingsprogrammet og rulleringer." },
  { org: partnerId("innovasjon-gardermoen"), role: "coordinator", responsibility: "Prosjektledelse og koordinering av oppfølgingen." },
  ...MEMBERS.map((code) => ({ org: orgId("NO", code), role: "contributor" as const,
    responsibility: "Følger opp tiltakene i egen kommune og forankrer arbeidet politisk." })),
  { org: orgId("NO", "30"), role: "funder", responsibility: "Samarbeidspart og medfinansiering 2021–2023." },
  { org: orgId("NO", "32"), role: "funder", responsibility: "Samarbeidspart og medfinansiering fra 2024, etter Viken." },
  { org: partnerId("naeringsforeningene-gardermoregionen"), role: "advisor",
    responsibility: "Forankring i næringslivet og innspill til prioriteringene." },
];

export async function loadGardermoregionen(ctx: DemoContext): Promise<string> {
  await put(ctx, "strategy", [{
    id: strategyId("gardermoregionen"), ownerId: council, title: "Strategisk næringsplan for Gardermoregionen",
    vision: "Mer verdiskaping gjennom regionalt samarbeid",
    overarchingGoal: "Tydeliggjøre kommunenes og regionens arbeid og gi retning innen næringsutvikling, for å skape " +
      "flere arbeidsplasser og tilføre regionen ny type næring og mer kompetanse.",
    description: "Det var et politisk vedtak i de seks kommunene i Gardermoregionen å utarbeide en felles strategisk " +
      "næringsplan. Regionrådet, Viken fylkeskommune og næringsforeningene i kommunene har samarbeidet med " +
      "Innovasjon Gardermoen, som har hatt prosjektledelsen. Planen skal være dynamisk, med mulighet for rullering " +
      "av prioriteringer.",
    periodStart: "2020-01-01", published: true,
  }]);
  const id = await insertProgramme(ctx, {
    key, ownerId: council, strategyId: strategyId("gardermoregionen"),
    title: "Handlingsprogram for strategisk næringsplan 2021–2023",
    introduction: "Handlingsprogrammet bygger på plattformen med hovedsatsingsområder fra forprosjektet, vedtatt av " +
      "regionrådet i januar 2020. I tillegg til mål og tiltak er handlingsprogrammet tydelig på rollene i oppfølgingen.",
    periodStart: "2021-05-01", periodEnd: "2023-12-31", published: true, publishedAt: "2021-04-30T09:00:00Z",
    focusAreas: [
      { key: "nettverk", title: "Nettverk og klynger" },
      { key: "forankring", title: "Forankring og samarbeid på tvers av kommunegrensene" },
      { key: "omstilling", title: "Omstilling etter koronapandemien" },
    ],
    goals: [
      { key: "nettverk", focusArea: "nettverk", title: "Flere nettverk og næringsklynger i regionen",
        description: "Et økt fokus på å etablere nettverk og klynger gir flere og andre typer arbeidsplasser." },
      { key: "samarbeid", focusArea: "forankring", title: "Varig samarbeid i næringsarbeidet på tvers av kommunegrensene",
        description: "Større tillit gir en plattform for varig samarbeid." },
      { key: "omstilling", focusArea: "omstilling", title: "Nye arbeidsplasser i stedet for dem som gikk tapt under pandemien" },
    ],
  });
  await insertMeasures(ctx, key, "NOK", MEASURES);
  await put(ctx, "programmeRole", ROLES.map((role, position) => ({
    id: demoId(`role:${key}:${role.org}:${role.role}`), programmeId: programmeId(key), organisationId: role.org,
    role: role.role, responsibility: role.responsibility, position,
  })));
  return id;
}
