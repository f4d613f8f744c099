import { insertProgramme, type ProgrammeDef } from "./builders.js";
import { PROGRAMMES, councilId, strategyId } from "./ids.js";
import { put, type DemoContext } from "./insert.js";
import { loadHamarregionenMeasures } from "./hamarregionen-measures.js";

// Seed 004: Handlingsprogram 2022–2023 – Hamarregionen IPR, with the table of PRODUCT.md.

const council = councilId("hamarregionen");

const INTRODUCTION = [
  "I partnerskapsavtalen mellom kommunene i Hamarregionen og Innlandet fylkeskommune står det at " +
    "«Kommunene er fylkeskommunens viktigste samarbeidsparter i det regionale utviklingsarbeidet og " +
    "regionrådene skal være den viktigste samhandlingsarenaen mellom kommunene og Innlandet fylkeskommune.",
  "Innlandet fylkeskommune og den enkelte kommune i Innlandet etablerer et formalisert samarbeid i form av " +
    "gjensidig forpliktende partnerskapsavtale. Forvaltningen og oppfølgingen av avtalen knyttes til det " +
    "etablerte regionrådsarbeidet i Innlandet.»",
  "Hamarregionen IPR har en strategi for sitt arbeid som er knyttet opp mot tre hovedsatsingsområder. I tillegg " +
    "er det viktig for regionen at rådet også har fokus rettet mot andre store påvirkningsfaktorer som påvirker " +
    "utviklingen i vår region. Dette er saker som regionrådet tar tak i som følge av sin rolle som regional " +
    "diskusjonsarena.",
  "Bærekraft er viktig i Hamarregionen. FNs bærekraftsmål skal ligge til grunn for regionrådets satsinger. Vi må " +
    "bidra til at også vår region når de internasjonale målene for bærekraft.",
  "Regionrådets utviklingsarbeid kommer som et tillegg til kommunenes og fylkeskommunens utviklingsarbeid i " +
    "regionen. Gjennom å støtte utviklingsprosjekter kan regionrådet stimulere utvikling på strategisk nivå med nye " +
    "metoder på nye områder, og også være med på å utvikle større prosjekter og søknader som er strategisk viktige " +
    "for regionen.",
].join("\n\n");

const PROGRAMME: ProgrammeDef = {
  key: PROGRAMMES.hamarregionen,
  ownerId: council,
  strategyId: strategyId("hamarregionen"),
  title: "Handlingsprogram 2022–2023",
  introduction: INTRODUCTION,
  periodStart: "2022-01-01",
  periodEnd: "2023-12-31",
  published: true,
  publishedAt: "2022-03-14T09:00:00Z",
  focusAreas: [
    { key: "befolkningsvekst", title: "Befolkningsvekst", heading: "Attraktivitet",
      description: "Stor-Oslo er det området i Norge med størst vekst. Attraktive småbyregioner med nærhet til " +
        "vekstområdet er i ferd med å bli mer attraktive boområder. Hamarregionen passer godt til en slik " +
        "beskrivelse, og regionrådet ønsker å bidra til økt tilflytting.",
      subThemes: ["Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"] },
    { key: "kompetanse", title: "Kompetanse og næringsutvikling", heading: "Utvikling",
      description: "Hamarregionen er en region med et bredt og mangfoldig næringsliv. Med ca. 45 000 arbeidsplasser " +
        "er Hamarregionen et tyngdepunkt i Innlandet. Bedriftene vi har, er viktige for regionen gjennom " +
        "sysselsettingen de bidrar til.",
      subThemes: ["Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"] },
    { key: "profilering", title: "Profilering og markedsføring", heading: "Synliggjøring",
      description: "Hamarregionen skal fremstå som utviklingsorientert, positiv og raus. Vi vil støtte opp om arbeid " +
        "som synliggjør disse kvalitetene både i eget fylke, nasjonalt og internasjonalt.",
      subThemes: ["Identitet", "Tiltrekningskraft", "Kommunikasjon"] },
    { key: "diskusjonsarena", title: "Diskusjonsarena", heading: "Samarbeid",
      description: "Møtene i Hamarregionen IPR skal være nyttige for deltakerne. Her skal vi belyse saker som er av " +
        "både nasjonal og regionalpolitisk karakter.",
      subThemes: ["Felles mål", "Felles innsats", "Større region"] },
  ],
  goals: [
    { key: "tilflytting", focusArea: "befolkningsvekst", title: "Økt tilflytting til Hamarregionen",
      description: "Regionrådet vil bidra til økt tilflytting og til å flytte kompetansearbeidsplasser fra " +
        "Oslo-området til Hamarregionen. Dette innbefatter også utflytting av offentlige virksomheter.",
      indicators: [{ key: "folketall", name: "Folketall 1. januar", unit: "personer", source: "ssb",
        sourceRef: { table: "07459", contentsCode: "Personer1" }, perMunicipality: true }] },
    { key: "samferdsel", focusArea: "befolkningsvekst", title: "Bedre samferdsel og en regional ladestruktur for fremtiden",
      description: "Regionrådet vil løfte fram regionens behov innen veg, bane, kollektiv og bredbånd, og bidra " +
        "politisk til at Hamarregionen får en regional ladestruktur som ivaretar behovet for fremtiden." },
    { key: "inkludering", focusArea: "befolkningsvekst", title: "En mer inkluderende bo- og arbeidsregion",
      description: "Det er for mange som står utenfor skole og arbeidsliv også i Hamarregionen. Regionrådet vil " +
        "arbeide for å bekjempe utenforskap." },
    { key: "arbeidsplasser", focusArea: "kompetanse", title: "Skape fremtidens arbeidsplasser i Hamarregionen",
      description: "Regionrådet vil være en pådriver gjennom støtte til utvikling av, og arbeid med, strategier for " +
        "innovasjon og vekst i næringslivet.",
      indicators: [{ key: "arbeidsplasser", name: "Arbeidsplasser i Hamarregionen", unit: "arbeidsplasser",
        baseline: 45000, baselineDate: "2022-01-01" }] },
    { key: "arenaer", focusArea: "kompetanse", title: "Attraktive arenaer og nettverk på tvers av næringsliv, offentlig sektor og akademia",
      description: "Regionrådet vil bidra til å utvikle arenaer og nettverk slik at de er attraktive å være aktive i." },
    { key: "omdomme", focusArea: "profilering", title: "Hamarregionen fremstår som utviklingsorientert, positiv og raus",
      description: "Kvalitetene synliggjøres i eget fylke, nasjonalt og internasjonalt." },
    { key: "nyttige-moter", focusArea: "diskusjonsarena", title: "Nyttige møter som belyser nasjonale og regionalpolitiske saker",
      description: "Regionrådet brukes som arena for felles møter, også med LO og NHO." },
    { key: "nasjonal-dagsorden", focusArea: "diskusjonsarena", title: "Hamarregionen på den nasjonale dagsordenen",
      description: "Et nært og tillitsfullt samarbeid med fylkeskommunen og Statsforvalteren, og arbeid opp mot " +
        "stortingsbenken og andre sentrale instanser, for å løfte regionens utfordringer i fellesskap." },
  ],
};

export async function loadHamarregionen(ctx: DemoContext): Promise<string> {
  await put(ctx, "strategy", [{
    id: strategyId("hamarregionen"),
    ownerId: council,
    title: "Strategi for Hamarregionen IPR",
    vision: "Innlandets foretrukne bo- og arbeidsregion",
    overarchingGoal: "Hamarregionen skal være Innlandets foretrukne bo- og arbeidsregion, med befolkningsvekst, " +
      "kompetanse og næringsutvikling og profilering som hovedsatsingsområder og regionrådet som regional " +
      "diskusjonsarena. FNs bærekraftsmål ligger til grunn for satsingene.",
    description: "Hamarregionen IPR har en strategi for sitt arbeid som er knyttet opp mot tre " +
      "hovedsatsingsområder. I tillegg har rådet fokus rettet mot andre store påvirkningsfaktorer i regionen, " +
      "som følge av sin rolle som regional diskusjonsarena.",
    periodStart: "2020-01-01",
    published: true,
  }]);
  const id = await insertProgramme(ctx, PROGRAMME);
  await loadHamarregionenMeasures(ctx);
  return id;
}
