import type { FundingSource, MeasureStatus, ReportStatus } from "@samspill/domain";
import { agreementId, councilId, demoId, measureId, orgId, partId, periodId } from "./ids.js";
import { kr, put, type DemoContext } from "./insert.js";
import { demoUserId } from "./users.js";

// Reporting periods and status reports in every workflow state: draft, submitted (one late),
// returned with a comment, approved. The current period (T3 2026) is open until 2027-01-15:
// Stange's part of Regional ladestruktur is a draft there, ready for the contributor. Spending is
// split by funding source as the measures' budgets are: the county's partnership funds and the
// municipalities' own contributions on Regional ladestruktur, Elverum Vekst's own (external)
// money beside the county's on Elverum+.

const PERIODS = [
  { council: "hamarregionen", name: "2022", start: "2022-01-01", end: "2022-12-31", deadline: "2023-01-31" },
  { council: "hamarregionen", name: "2023", start: "2023-01-01", end: "2023-12-31", deadline: "2024-01-31" },
  { council: "hamarregionen", name: "T3 2026", start: "2026-09-01", end: "2026-12-31", deadline: "2027-01-15" },
  { council: "sor-osterdal", name: "2024", start: "2024-01-01", end: "2024-12-31", deadline: "2025-01-31" },
  { council: "sor-osterdal", name: "2025", start: "2025-01-01", end: "2025-12-31", deadline: "2026-01-31" },
  { council: "gardermoregionen", name: "2022", start: "2022-01-01", end: "2022-12-31", deadline: "2023-01-31" },
];

interface ReportDef {
  council: string;
  period: string;
  measure: string;
  part?: string; // kommunenummer of the part's municipality
  org: string;
  workflow: ReportStatus;
  status: MeasureStatus;
  progress: number;
  spending: Spending; // whole kroner by funding source
  narrative: string;
  submitted?: string;
  reviewed?: string;
  returnComment?: string;
  author?: string; // local part of the demo user's e-mail
}

type Spending = Partial<Record<FundingSource, number>>;
const county = (funds: number, own: number): Spending => ({ county_partnership_funds: funds, municipal_own_contribution: own });

const SECRETARIAT: Record<string, string> = {
  hamarregionen: "sekretariat", "sor-osterdal": "sor-osterdal", gardermoregionen: "gardermoregionen",
};
const no = (code: string) => orgId("NO", code);
const H = "hamarregionen";
const lade = "hamar:ladestruktur";

const REPORTS: ReportDef[] = [
  // 2022: everything approved; Stange reported after the deadline.
  ...([["3403", "hamar", 40, county(100000, 160000)], ["3411", undefined, 25, county(100000, 80000)],
    ["3412", undefined, 30, county(30000, 30000)], ["3413", "stange", 20, county(70000, 80000)]] as const)
    .map(([code, author, progress, spending]): ReportDef => ({ council: H, period: "2022", measure: lade, part: code, org: no(code),
      workflow: "approved", status: "in_progress", progress, spending, author,
      narrative: "Plassering av ladepunkter er avklart, og første utbygging er gjennomført.",
      submitted: code === "3413" ? "2023-02-03T10:15:00Z" : "2023-01-20T12:00:00Z", reviewed: "2023-02-10T09:00:00Z" })),
  { council: H, period: "2022", measure: "hamar:mjosby", org: councilId(H), workflow: "approved", status: "in_progress",
    progress: 20, spending: { council_funds: 90000 }, author: "sekretariat", narrative: "Mjøsby-samarbeidet har drøftet grunnlaget for en regionvekstavtale.",
    submitted: "2023-01-25T12:00:00Z", reviewed: "2023-01-26T12:00:00Z" },
  { council: H, period: "2022", measure: "stange:unge-i-arbeid", org: no("3413"), workflow: "approved", status: "in_progress",
    progress: 20, spending: { municipal_own_contribution: 140000 }, author: "stange", narrative: "Tolv unge har fått lærlingplass eller arbeidstrening.",
    submitted: "2023-01-27T08:30:00Z", reviewed: "2023-02-01T12:00:00Z" },
  // The rest of 2022, so the whole first year is reported and approved.
  ...([
    ["hamar:kompetansearbeidsplasser", 20, {}, "Regionrådet har kartlagt statlige virksomheter som kan etablere seg i regionen."],
    ["hamar:utenforskap", 30, { council_funds: 120000 }, "Samarbeidet med NAV og næringslivet om arbeidstrening er etablert."],
    ["hamar:eu-eos", 60, { council_funds: 180000 }, "To søknader til EØS-midlene er skrevet med partnere i Polen og Litauen."],
    ["hamar:samferdsel", 40, {}, "Regionens innspill til Nasjonal transportplan er levert."],
    ["hamar:innovasjonsstrategier", 60, { county_partnership_funds: 280000 }, "Strategiarbeidet med Innlandet Science Park har samlet tolv bedrifter."],
    ["hamar:arenaer", 40, { county_partnership_funds: 150000 }, "Tre nettverksmøter for næringsliv, kommuner og høgskole er holdt."],
    ["hamar:profilering", 30, { council_funds: 230000 }, "Ny felles profil for Hamarregionen er tatt i bruk."],
    ["hamar:lo-nho", 50, { council_funds: 25000 }, "To felles møter med LO og NHO i 2022."],
    ["hamar:statsforvalteren", 40, {}, "Statsforvalteren har deltatt på to rådsmøter."],
    ["hamar:stortingsbenken", 30, {}, "Møte med stortingsbenken om samferdsel og ladestruktur."],
  ] as const).map(([measure, progress, spending, narrative]): ReportDef => ({ council: H, period: "2022", measure, org: councilId(H),
    workflow: "approved", status: "in_progress", progress, spending, author: "sekretariat", narrative,
    submitted: "2023-01-24T12:00:00Z", reviewed: "2023-01-26T12:00:00Z" })),
  { council: H, period: "2022", measure: "hamar:vertskap", org: no("3403"), workflow: "approved", status: "in_progress",
    progress: 30, spending: { municipal_own_contribution: 180000 }, author: "hamar",
    narrative: "Vertskapsprogrammet har tatt imot fem nye virksomheter.", submitted: "2023-01-23T09:00:00Z", reviewed: "2023-01-26T12:00:00Z" },
  // 2023: approved, returned with a comment, submitted late.
  { council: H, period: "2023", measure: lade, part: "3403", org: no("3403"), workflow: "approved", status: "in_progress",
    progress: 60, spending: county(120000, 180000), author: "hamar", narrative: "34 nye ladepunkter totalt; hurtigladere ved stasjonen er i drift.",
    submitted: "2024-01-22T09:00:00Z", reviewed: "2024-01-29T10:00:00Z" },
  { council: H, period: "2023", measure: lade, part: "3411", org: no("3411"), workflow: "returned", status: "delayed",
    progress: 30, spending: county(50000, 70000), narrative: "Utbyggingen langs E6 er forsinket.", submitted: "2024-01-30T14:00:00Z",
    reviewed: "2024-02-02T08:00:00Z",
    returnComment: "Oppgi antall nye ladepunkter i 2023 og hva som er ny framdriftsplan for utbyggingen langs E6." },
  { council: H, period: "2023", measure: lade, part: "3412", org: no("3412"), workflow: "submitted", status: "in_progress",
    progress: 55, spending: county(40000, 50000), narrative: "Ni ladepunkter i drift; innfartsparkeringen er ferdig prosjektert.",
    submitted: "2024-02-06T11:00:00Z" },
  { council: H, period: "2023", measure: lade, part: "3413", org: no("3413"), workflow: "approved", status: "in_progress",
    progress: 40, spending: county(90000, 100000), author: "stange", narrative: "Ladepunkter ved Stange stasjon og i Tangen er i drift.",
    submitted: "2024-01-29T13:00:00Z", reviewed: "2024-01-31T09:00:00Z" },
  { council: H, period: "2023", measure: "hamar:lo-nho", org: councilId(H), workflow: "approved", status: "completed",
    progress: 100, spending: { council_funds: 55000 }, author: "sekretariat", narrative: "To felles møter med LO og NHO i 2023; målet på fire møter er nådd.",
    submitted: "2024-01-10T09:00:00Z", reviewed: "2024-01-10T10:00:00Z" },
  { council: H, period: "2023", measure: "hamar:mjosby", org: councilId(H), workflow: "submitted", status: "in_progress",
    progress: 40, spending: { council_funds: 95000 }, author: "sekretariat", narrative: "Arbeidet med regionvekstavtale fortsetter i Mjøsby-samarbeidet.",
    submitted: "2024-01-24T15:00:00Z" },
  // The rest of 2023 is approved, but for Stange's own measure: that one is overdue.
  ...([
    ["hamar:kompetansearbeidsplasser", "in_progress", 30, {}, "Dialog med to statlige virksomheter om etablering i regionen."],
    ["hamar:utenforskap", "in_progress", 50, { county_partnership_funds: 220000 }, "Førti unge har fått arbeidstrening gjennom samarbeidet."],
    ["hamar:eu-eos", "completed", 100, { external: 450000 }, "Begge EØS-prosjektene er innvilget og i gang."],
    ["hamar:samferdsel", "in_progress", 60, {}, "Regionens samferdselsbehov er lagt fram for fylkestinget."],
    ["hamar:innovasjonsstrategier", "completed", 100, {}, "Strategiene for innovasjon og vekst er ferdige og tatt i bruk."],
    ["hamar:arenaer", "in_progress", 65, { council_funds: 140000 }, "Nettverket for næringsliv og akademia møtes nå hvert kvartal."],
    ["hamar:profilering", "in_progress", 45, { council_funds: 240000 }, "Kampanjen «Hamarregionen – midt i det hele» er gjennomført."],
    ["hamar:statsforvalteren", "in_progress", 70, {}, "Statsforvalteren deltar fast i rådsmøtene."],
    ["hamar:stortingsbenken", "in_progress", 50, { council_funds: 45000 }, "To møter med stortingsbenken om ladestruktur og jernbane."],
  ] as const).map(([measure, status, progress, spending, narrative]): ReportDef => ({ council: H, period: "2023", measure, org: councilId(H),
    workflow: "approved", status, progress, spending, author: "sekretariat", narrative,
    submitted: "2024-01-25T12:00:00Z", reviewed: "2024-01-29T12:00:00Z" })),
  { council: H, period: "2023", measure: "hamar:vertskap", org: no("3403"), workflow: "approved", status: "in_progress",
    progress: 45, spending: { municipal_own_contribution: 190000 }, author: "hamar",
    narrative: "Vertskapsprogrammet har hjulpet tolv familier med bolig og jobb.", submitted: "2024-01-26T09:00:00Z", reviewed: "2024-01-29T12:00:00Z" },
  // T3 2026, the current period: a draft for Stange, Hamar has submitted, Ringsaker and Løten have not started.
  { council: H, period: "T3 2026", measure: lade, part: "3413", org: no("3413"), workflow: "draft", status: "in_progress",
    progress: 45, spending: { municipal_own_contribution: 40000 }, author: "stange", narrative: "Ladeplan for kommunale bygg er under arbeid." },
  { council: H, period: "T3 2026", measure: lade, part: "3403", org: no("3403"), workflow: "submitted", status: "in_progress",
    progress: 70, spending: { council_funds: 35000, municipal_own_contribution: 50000 }, author: "hamar", narrative: "Fire nye hurtigladere er satt i drift i høst.",
    submitted: "2026-11-20T10:00:00Z" },
  { council: H, period: "T3 2026", measure: "hamar:vertskap", org: no("3403"), workflow: "approved", status: "in_progress",
    progress: 55, spending: { municipal_own_contribution: 60000 }, author: "hamar", narrative: "Vertskapsprogrammet har tatt imot sju nye virksomheter i år.",
    submitted: "2026-11-10T10:00:00Z", reviewed: "2026-11-12T10:00:00Z" },
  { council: H, period: "T3 2026", measure: "hamar:mjosby", org: councilId(H), workflow: "draft", status: "in_progress",
    progress: 45, spending: {}, author: "sekretariat", narrative: "" },
  // Sør-Østerdal: Elverum+ (seed 001).
  { council: "sor-osterdal", period: "2024", measure: "elverum:helse-beredskap", org: no("3420"), workflow: "approved",
    status: "in_progress", progress: 20, spending: { county_partnership_funds: 300000, external: 650000 }, author: "elverum",
    narrative: "Kampanjen har gitt oppmerksomhet og engasjement. 80 rørløft og 12 møter med bedrifter innen helse og beredskap.",
    submitted: "2025-01-20T09:00:00Z", reviewed: "2025-01-24T09:00:00Z" },
  { council: "sor-osterdal", period: "2025", measure: "elverum:helse-beredskap", org: no("3420"), workflow: "submitted",
    status: "in_progress", progress: 40, spending: { county_partnership_funds: 400000, external: 600000 }, author: "elverum",
    narrative: "Over 145 rørløft og over 30 møter med bedrifter innen helse og beredskap. Nettverk og møteplasser er " +
      "etablert, og satsingen går inn i en mer målrettet fase mot konkrete bransjer og bedrifter.",
    submitted: "2026-01-28T09:00:00Z" },
  { council: "gardermoregionen", period: "2022", measure: "grip:nettverk", org: councilId("gardermoregionen"),
    workflow: "approved", status: "in_progress", progress: 50, spending: { county_partnership_funds: 400000, council_funds: 120000 }, author: "gardermoregionen",
    narrative: "Tre nye nettverk er etablert i samarbeid med næringsforeningene.",
    submitted: "2023-01-18T09:00:00Z", reviewed: "2023-01-19T09:00:00Z" },
];

export async function loadReporting(ctx: DemoContext): Promise<void> {
  await put(ctx, "reportingPeriod", PERIODS.map((p) => ({
    id: periodId(p.council, p.name), councilId: councilId(p.council), name: p.name,
    periodStart: p.start, periodEnd: p.end, deadline: p.deadline,
  })));
  const deadline = new Map(PERIODS.map((p) => [`${p.council}:${p.name}`, p.deadline]));
  const reviewed = (r: ReportDef) => r.workflow === "approved" || r.workflow === "returned";
  await put(ctx, "statusReport", REPORTS.map((r) => ({
    id: reportId(r), periodId: periodId(r.council, r.period), measureId: measureId(r.measure),
    partId: r.part ? partId(r.measure, r.part) : null, organisationId: r.org,
    authorId: r.author ? demoUserId(r.author) : null, workflowStatus: r.workflow, measureStatus: r.status,
    progress: r.progress, narrative: r.narrative, currency: "NOK" as const,
    submittedAt: r.submitted ?? null,
    late: r.submitted !== undefined && r.submitted.slice(0, 10) > deadline.get(`${r.council}:${r.period}`)!,
    reviewedAt: reviewed(r) ? r.reviewed! : null,
    reviewedBy: reviewed(r) ? demoUserId(SECRETARIAT[r.council]!) : null,
    returnComment: r.returnComment ?? null,
  })));
  await loadSpending(ctx);
  // The secretariat's own words in the annual report 2022 to Innlandet (the year everything was approved).
  await put(ctx, "annualReportText", [{
    id: demoId("annual-report-text:innlandet-hamarregionen:2022"), agreementId: agreementId("innlandet-hamarregionen"),
    periodId: periodId(H, "2022"),
    summary: "2022 var første år med handlingsprogrammet. Den regionale ladestrukturen kom godt i gang i alle fire " +
      "kommunene, og regionrådet var arena for felles møter med LO og NHO.\n\nForbruket av de regionale " +
      "utviklingsmidlene fulgte planen.",
    approval: "Godkjent av regionrådet 16.02.2023, sak 4/23.",
    signatoryName: "Tore Eksempel", signatoryTitle: "Leder, Hamarregionen IPR", place: "Hamar", signedOn: "2023-02-20",
  }]);
  // Hamarregionen reminds its contributors two weeks before a deadline (the default is one week).
  await put(ctx, "reminderSetting", [{ id: demoId("reminder-setting:hamarregionen"), councilId: councilId(H), daysBefore: 14 }]);
  const returned = REPORTS.find((r) => r.workflow === "returned")!;
  await put(ctx, "comment", [
    { id: demoId("comment:returned-report"), subjectType: "status_report", subjectId: reportId(returned),
      authorId: demoUserId("sekretariat"), body: returned.returnComment! },
    { id: demoId("comment:ladestruktur:fylke"), subjectType: "measure", subjectId: measureId(lade),
      authorId: demoUserId("fylke"), body: "Fylkeskommunen ønsker en samlet oversikt over ladepunktene til dialogmøtet i oktober." },
  ]);
}

const reportId = (r: ReportDef): string => demoId(`report:${r.council}:${r.period}:${r.measure}:${r.part ?? ""}`);

/**
 * The reports' spending lines, for reports that have none yet: a database that had its reports
 * before spending had a source keeps the lines migration 0004 gave it, rather than getting a
 * second split on top.
 */
async function loadSpending(ctx: DemoContext): Promise<void> {
  const ids = REPORTS.map(reportId);
  const present = new Set(
    (await ctx.db.selectFrom("statusReportSpending").select("reportId").distinct().where("reportId", "in", ids).execute())
      .map((row) => row.reportId),
  );
  await put(ctx, "statusReportSpending", REPORTS.filter((r) => !present.has(reportId(r))).flatMap((r) =>
    Object.entries(r.spending).filter(([, amount]) => amount > 0).map(([source, amount]) => ({
      reportId: reportId(r), fundingSource: source as FundingSource, amountMinor: kr(amount), currency: "NOK" as const,
    }))));
}
