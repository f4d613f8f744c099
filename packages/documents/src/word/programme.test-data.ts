import type { MeasureDocument, ProgrammeDocumentData } from "./programme-data.js";

// Seed 004 (Hamarregionen, Handlingsprogram 2022–2023) and seed 003 (Vimmerby's handlingsplan,
// in Swedish with SEK) as the plain data the API hands the generator.

const nok = (kroner: number) => ({ amountMinor: kroner * 100, currency: "NOK" as const });
const sek = (kronor: number) => ({ amountMinor: kronor * 100, currency: "SEK" as const });

const ladestruktur: MeasureDocument = {
  number: "1.1",
  title: "Regional ladestruktur",
  description: "Regionrådet vil bidra politisk til en regional ladestruktur.\n\nHver kommune bygger ut sin del.",
  scope: "shared",
  ownerName: "Hamarregionen IPR",
  responsibleOrganisation: "Hamarregionen IPR",
  responsiblePerson: "Daglig leder, Hamarregionen IPR",
  startDate: "2022-01-01",
  endDate: "2026-12-31",
  status: "in_progress",
  progress: 55,
  goals: ["Bedre samferdsel og en regional ladestruktur for fremtiden"],
  budget: [
    { year: 2022, fundingSource: "council_funds", amount: nok(250_000) },
    { year: 2023, fundingSource: "council_funds", amount: nok(250_000) },
    { year: 2022, fundingSource: "county_partnership_funds", amount: nok(400_000) },
    { year: 2023, fundingSource: "county_partnership_funds", amount: nok(400_000) },
    { year: 2022, fundingSource: "municipal_own_contribution", amount: nok(300_000) },
    // The measure runs to 2026, past the programme's period.
    { year: 2026, fundingSource: "county_partnership_funds", amount: nok(100_000) },
  ],
  parts: [
    { municipalityName: "Hamar kommune", description: "Hurtigladere ved kollektivknutepunkt.", contactName: "Ingrid Hansen",
      status: "in_progress", progress: 70, budgetShare: nok(600_000) },
    { municipalityName: "Stange kommune", description: "Ladepunkter ved Stange stasjon.", contactName: "Ola Nordmann",
      status: "delayed", progress: 45, budgetShare: nok(400_000) },
  ],
};

const loNho: MeasureDocument = {
  ...ladestruktur,
  number: "4.1",
  title: "Felles møter med LO og NHO",
  description: "Regionrådet brukes som arena for felles møter med LO og NHO.",
  responsiblePerson: null,
  status: "completed",
  progress: 100,
  goals: [],
  budget: [],
  parts: [],
};

export const HAMARREGIONEN: ProgrammeDocumentData = {
  council: { name: "Hamarregionen IPR", logo: null },
  title: "Handlingsprogram 2022–2023",
  periodStart: "2022-01-01",
  periodEnd: "2023-12-31",
  status: "adopted",
  revision: 1,
  introduction: "I partnerskapsavtalen mellom kommunene i Hamarregionen og Innlandet fylkeskommune står det …\n\nBærekraft er viktig i Hamarregionen.",
  strategy: {
    title: "Strategi for Hamarregionen IPR",
    vision: "Innlandets foretrukne bo- og arbeidsregion",
    overarchingGoal: "Hamarregionen skal være Innlandets foretrukne bo- og arbeidsregion.",
    description: "",
  },
  adoption: { body: "Hamarregionen IPR", decidedOn: "2022-03-10", caseNumber: "12/22", meetingTitle: "Rådsmøte mars 2022" },
  focusAreas: [
    { title: "Befolkningsvekst", heading: "Attraktivitet", description: "Stor-Oslo er det området i Norge med størst vekst.",
      subThemes: ["Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"],
      goals: [{ title: "Bedre samferdsel og en regional ladestruktur for fremtiden", description: "Løfte regionens behov." }],
      measures: [ladestruktur] },
    { title: "Kompetanse og næringsutvikling", heading: "Utvikling", description: "Et bredt og mangfoldig næringsliv.",
      subThemes: ["Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"],
      goals: [], measures: [] },
    { title: "Profilering og markedsføring", heading: "Synliggjøring", description: "",
      subThemes: ["Identitet", "Tiltrekningskraft", "Kommunikasjon"], goals: [], measures: [] },
    { title: "Diskusjonsarena", heading: "Samarbeid", description: "",
      subThemes: ["Felles mål", "Felles innsats", "Større region"], goals: [], measures: [loNho] },
  ],
  otherGoals: [],
  otherMeasures: [],
  generatedOn: "2026-11-24",
};

export const VIMMERBY: ProgrammeDocumentData = {
  council: { name: "Vimmerby kommun", logo: null },
  title: "Handlingsplan SLUS",
  periodStart: "2017-07-01",
  periodEnd: "2021-12-31",
  status: "adopted",
  revision: 1,
  introduction: "Den främsta anledningen till att människor vill leva, bo och verka på en plats är platsens attraktivitet.",
  strategy: {
    title: "SLUS – social lokal utvecklingsstrategi",
    vision: "En attraktiv plats att leva, bo och verka på",
    overarchingGoal: "Skapa goda förutsättningar för att stärka Vimmerby kommuns attraktionskraft.",
    description: "",
  },
  adoption: { body: "Kommunfullmäktige", decidedOn: "2017-06-19", caseNumber: "KS 2017/112", meetingTitle: "Kommunfullmäktige juni 2017" },
  focusAreas: [
    { title: "Främja företagsamhet på lika villkor", heading: null, description: "", subThemes: [],
      goals: [{ title: "Fler nystartade företag, på lika villkor", description: "" }],
      measures: [{
        number: "1.1",
        title: "Företagslots för nya företagare", description: "En väg in till kommunen.", scope: "local",
        ownerName: "Vimmerby kommun", responsibleOrganisation: "Vimmerby kommun", responsiblePerson: "Näringslivschef",
        startDate: "2018-01-01", endDate: "2020-12-31", status: "completed", progress: 100, goals: [],
        budget: [
          { year: 2018, fundingSource: "municipal_own_contribution", amount: sek(250_000) },
          { year: 2018, fundingSource: "county_partnership_funds", amount: sek(200_000) },
        ],
        parts: [],
      }] },
    // SLUS's long Swedish compounds, which a column of a fifth of the page cannot hold evenly shared.
    { title: "Kompetens- och arbetsmarknadsförsörjning", heading: null, description: "", subThemes: [], goals: [], measures: [] },
    { title: "Aktiv och meningsfull fritid i ett samhällsbyggande och inkluderande perspektiv", heading: null, description: "",
      subThemes: [], goals: [], measures: [] },
    { title: "Väl fungerande infrastruktur", heading: null, description: "", subThemes: [], goals: [], measures: [] },
  ],
  otherGoals: [],
  otherMeasures: [],
  generatedOn: "2026-11-24",
};
