import { PROGRAMMES, agendaItemId, agreementId, councilId, decisionId, demoId, measureId, meetingId, orgId, programmeId } from "./ids.js";
import { put, type DemoContext } from "./insert.js";

// Council meetings, agenda items (saksnummer) and decisions, including the decisions that adopt
// the demo programmes and what other decisions concern (a partnership agreement, a shared
// measure, the programme's status). Programmes are inserted as drafts; a decision that adopts
// one then sets status 'adopted' and adopted_decision_id together (the CHECK on programme needs both).

/** What a decision concerns, by the demo key of the programme, measure or agreement. */
type Concern = { programme: string } | { measure: string } | { agreement: string };

interface ItemDef {
  caseNumber: string;
  title: string;
  description?: string;
  decision?: { text: string; adopts?: string; concerns?: Concern[] };
}

interface MeetingDef {
  key: string;
  councilId: string;
  body: string;
  title: string;
  heldOn: string;
  location: string;
  published: boolean;
  items: ItemDef[];
}

const hamar = councilId("hamarregionen");

export const MEETINGS: MeetingDef[] = [
  { key: "hamarregionen:2022-03-11", councilId: hamar, body: "Regionrådet", title: "Rådsmøte 11. mars 2022",
    heldOn: "2022-03-11", location: "Hamar rådhus", published: true, items: [
      { caseNumber: "10/22", title: "Godkjenning av innkalling og saksliste",
        decision: { text: "Innkalling og saksliste godkjennes." } },
      { caseNumber: "11/22", title: "Partnerskapsavtale med Innlandet fylkeskommune 2022–2026",
        decision: { text: "Regionrådet slutter seg til partnerskapsavtalen med Innlandet fylkeskommune for 2022–2026 og gir leder fullmakt til å signere.",
          concerns: [{ agreement: "innlandet-hamarregionen" }] } },
      { caseNumber: "12/22", title: "Handlingsprogram 2022–2023 for Hamarregionen IPR",
        description: "Forslag til handlingsprogram med fire satsingsområder: befolkningsvekst, kompetanse og næringsutvikling, profilering og markedsføring, og diskusjonsarena.",
        decision: { adopts: PROGRAMMES.hamarregionen,
          text: "Regionrådet vedtar Handlingsprogram 2022–2023 for Hamarregionen IPR med satsingsområdene befolkningsvekst, kompetanse og næringsutvikling, profilering og markedsføring, og diskusjonsarena. Sekretariatet følger opp tiltakene og rapporterer status til regionrådet." } },
      { caseNumber: "13/22", title: "Regional ladestruktur – felles tiltak",
        decision: { text: "Regionrådet starter det felles tiltaket Regional ladestruktur med en del for hver medlemskommune og setter av 250 000 kroner av regionrådets midler for 2022.",
          concerns: [{ measure: "hamar:ladestruktur" }] } },
    ] },
  { key: "hamarregionen:2023-11-24", councilId: hamar, body: "Regionrådet", title: "Rådsmøte 24. november 2023",
    heldOn: "2023-11-24", location: "Stange rådhus", published: true, items: [
      { caseNumber: "31/23", title: "Status for handlingsprogrammet 2022–2023",
        decision: { text: "Statusrapporten for handlingsprogrammet tas til orientering. Regional ladestruktur videreføres ut 2026.",
          concerns: [{ programme: PROGRAMMES.hamarregionen }, { measure: "hamar:ladestruktur" }] } },
      { caseNumber: "32/23", title: "Felles møte med LO og NHO",
        decision: { text: "Regionrådet inviterer LO Innlandet og NHO Innlandet til nytt felles møte i regionrådet.",
          concerns: [{ measure: "hamar:lo-nho" }] } },
    ] },
  { key: "hamarregionen:2026-12-11", councilId: hamar, body: "Regionrådet", title: "Rådsmøte 11. desember 2026",
    heldOn: "2026-12-11", location: "Løten kommunehus", published: false, items: [
      { caseNumber: "41/26", title: "Status T3 2026 for Regional ladestruktur" },
      { caseNumber: "42/26", title: "Årsrapport 2026 til Innlandet fylkeskommune" },
    ] },
  { key: "sor-osterdal:2024-03-22", councilId: councilId("sor-osterdal"), body: "Regionrådet",
    title: "Rådsmøte 22. mars 2024", heldOn: "2024-03-22", location: "Elverum rådhus", published: true, items: [
      { caseNumber: "8/24", title: "Handlingsprogram 2024–2025 for Sør-Østerdal IPR",
        decision: { adopts: PROGRAMMES.sorOsterdal, text: "Regionrådet vedtar Handlingsprogram 2024–2025 for Sør-Østerdal IPR, med Elverums satsing Helse- og beredskapshovedstaden som kommunalt tiltak." } },
    ] },
  { key: "elverum:2024-02-28", councilId: orgId("NO", "3420"), body: "Kommunestyret",
    title: "Kommunestyremøte 28. februar 2024", heldOn: "2024-02-28", location: "Elverum rådhus", published: true, items: [
      { caseNumber: "15/24", title: "Elverum som helse- og beredskapshovedstad",
        description: "Anbefaling fra styringsgruppen i prosjektet «Morgendagens Elverum», ledet av Elverum Vekst AS.",
        decision: { text: "Kommunestyret støtter styringsgruppens anbefaling og vedtar at Elverum skal sikte mot å bli «Helse- og beredskapshovedstaden».",
          concerns: [{ agreement: "innlandet-elverum" }] } },
    ] },
  { key: "gardermoregionen:2020-01-24", councilId: councilId("gardermoregionen"), body: "Regionrådet",
    title: "Regionrådsmøte 24. januar 2020", heldOn: "2020-01-24", location: "Jessheim", published: true, items: [
      { caseNumber: "4/20", title: "Strategisk næringsplan for Gardermoregionen – forprosjekt",
        decision: { text: "Regionrådet vedtar forprosjektet til strategisk næringsplan for Gardermoregionen. Plattformen med hovedsatsingsområder legges til grunn for arbeidet med handlingsprogrammet." } },
    ] },
  { key: "gardermoregionen:2021-04-23", councilId: councilId("gardermoregionen"), body: "Regionrådet",
    title: "Regionrådsmøte 23. april 2021", heldOn: "2021-04-23", location: "Digitalt møte", published: true, items: [
      { caseNumber: "11/21", title: "Handlingsprogram for strategisk næringsplan",
        decision: { adopts: PROGRAMMES.gardermoregionen, text: "Regionrådet vedtar handlingsprogrammet for strategisk næringsplan for Gardermoregionen med mål, tiltak og roller i oppfølgingen. Planen rulleres." } },
    ] },
  { key: "vimmerby:2017-05-29", councilId: orgId("SE", "0884"), body: "Kommunfullmäktige",
    title: "Kommunfullmäktige 29 maj 2017", heldOn: "2017-05-29", location: "Vimmerby stadshus", published: true, items: [
      { caseNumber: "78/2017", title: "Antagande av SLUS – social lokal utvecklingsstrategi",
        decision: { adopts: PROGRAMMES.vimmerby, text: "Kommunfullmäktige antar SLUS – social lokal utvecklingsstrategi med övergripande mål och fem prioriterade målområden, samt Handlingsplan SLUS." } },
    ] },
];

export async function loadMeetings(ctx: DemoContext): Promise<void> {
  await put(ctx, "meeting", MEETINGS.map((m) => ({
    id: meetingId(m.key), councilId: m.councilId, body: m.body, title: m.title, heldOn: m.heldOn,
    location: m.location, published: m.published,
  })));
  await put(ctx, "agendaItem", MEETINGS.flatMap((m) => m.items.map((item, position) => ({
    id: agendaItemId(m.key, item.caseNumber), meetingId: meetingId(m.key), caseNumber: item.caseNumber,
    title: item.title, description: item.description ?? "", position,
  }))));
  await put(ctx, "decision", MEETINGS.flatMap((m) => m.items.flatMap((item) => item.decision ? [{
    id: decisionId(m.key, item.caseNumber), agendaItemId: agendaItemId(m.key, item.caseNumber),
    text: item.decision.text, decidedOn: m.heldOn, published: m.published,
    adoptsProgrammeId: item.decision.adopts ? programmeId(item.decision.adopts) : null,
  }] : [])));
  for (const m of MEETINGS) {
    for (const item of m.items) {
      if (!item.decision?.adopts) continue;
      const result = await ctx.db.updateTable("programme")
        .set({ status: "adopted", adoptedDecisionId: decisionId(m.key, item.caseNumber) })
        .where("id", "=", programmeId(item.decision.adopts))
        .where("adoptedDecisionId", "is", null)
        .executeTakeFirst();
      ctx.inserted += Number(result.numUpdatedRows);
    }
  }
}

/**
 * What decisions concern, once the programmes, measures and agreements are all there. Every
 * link is the council's own, as the portal requires: its programmes and measures, and
 * agreements it is a party to.
 */
export async function loadDecisionLinks(ctx: DemoContext): Promise<void> {
  await put(ctx, "decisionLink", MEETINGS.flatMap((m) => m.items.flatMap((item) =>
    (item.decision?.concerns ?? []).map((concern, position) => ({
      id: demoId(`decision-link:${m.key}:${item.caseNumber}:${position}`),
      decisionId: decisionId(m.key, item.caseNumber),
      position,
      programmeId: "programme" in concern ? programmeId(concern.programme) : null,
      measureId: "measure" in concern ? measureId(concern.measure) : null,
      agreementId: "agreement" in concern ? agreementId(concern.agreement) : null,
    })))));
}
