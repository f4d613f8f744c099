import { fundsTable, type ApprovedSpending, type CommittedAmount, type FundingSource } from "@samspill/domain";
import type { AnnualReportData, MeasureEntry } from "./annual-report-data.js";

// Hamarregionen's 2023 period against its agreement with Innlandet, as the API would shape it:
// one measure without an approved report, spending split by funding source, and a council-funded
// line spent past its commitment.

export const nok = (kroner: number) => ({ amountMinor: kroner * 100, currency: "NOK" as const });
const committed = (year: number, fundingSource: FundingSource, kroner: number): CommittedAmount =>
  ({ year, fundingSource, currency: "NOK", amountMinor: nok(kroner).amountMinor });
const spent = (reportId: string, year: number, fundingSource: FundingSource, kroner: number): ApprovedSpending =>
  ({ reportId, measureId: "measure", periodEnd: `${year}-12-31`, fundingSource, currency: "NOK", amountMinor: nok(kroner).amountMinor });

export const ladestruktur: MeasureEntry = {
  title: "Regional ladestruktur",
  status: "in_progress",
  progress: 55,
  budget: [
    { year: 2022, fundingSource: "county_partnership_funds", amount: nok(400_000) },
    { year: 2023, fundingSource: "county_partnership_funds", amount: nok(400_000) },
    { year: 2023, fundingSource: "council_funds", amount: nok(250_000) },
  ],
  reports: [
    { organisationName: "Hamar kommune", status: "in_progress", progress: 60, spent: nok(300_000),
      spending: [{ fundingSource: "county_partnership_funds", amount: nok(120_000) }, { fundingSource: "municipal_own_contribution", amount: nok(180_000) }],
      narrative: "34 nye ladepunkter totalt; hurtigladere ved stasjonen er i drift." },
    { organisationName: "Stange kommune", status: "in_progress", progress: 40, spent: nok(190_000),
      spending: [{ fundingSource: "county_partnership_funds", amount: nok(90_000) }, { fundingSource: "municipal_own_contribution", amount: nok(100_000) }],
      narrative: "Ladepunkter ved Stange stasjon og i Tangen er i drift." },
  ],
  overspentYears: [],
};
export const loNho: MeasureEntry = {
  title: "Felles møter med LO og NHO", status: "completed", progress: 100,
  budget: [{ year: 2023, fundingSource: "council_funds", amount: nok(30_000) }],
  reports: [{ organisationName: "Hamarregionen IPR", status: "completed", progress: 100, spent: nok(55_000),
    spending: [{ fundingSource: "council_funds", amount: nok(55_000) }],
    narrative: "To felles møter med LO og NHO i 2023." }],
  // 55 000 kr spent in 2023 against 30 000 kr budgeted for it.
  overspentYears: [2023],
};
export const mjosby: MeasureEntry = { title: "Mjøsby-samarbeidet og regionvekstavtaler", status: "in_progress", progress: 40, budget: [], reports: [], overspentYears: [] };

export const REPORT: AnnualReportData = {
  council: { name: "Hamarregionen IPR", logo: null },
  county: { name: "Innlandet fylkeskommune" },
  agreement: { title: "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026", caseNumber: "22/01234", dueDate: "2024-03-01" },
  period: { name: "2023", periodStart: "2023-01-01", periodEnd: "2023-12-31" },
  texts: {
    summary: "2023 var året ladestrukturen kom på plass i hele regionen.\n\nRådet prioriterte samferdsel og næringsliv.",
    signatoryName: "Tore Eksempel", signatoryTitle: "Leder, Hamarregionen IPR", place: "Hamar", signedOn: "2024-02-20",
    approval: "Godkjent av rådet 15.02.2024, sak 3/24.",
  },
  obligations: [
    { title: "Koordinere det regionale utviklingsarbeidet i Hamarregionen", description: "Regionrådet er samhandlingsarenaen.",
      partyName: "Hamarregionen IPR", measures: [
        // The county's partnership funds of Hamar's and Stange's reports; not their own contributions.
        { ...ladestruktur, spentOfAgreement: [nok(210_000)] },
        { ...mjosby, spentOfAgreement: [] },
      ] },
    { title: "Rapportere årlig på framdrift og bruk av midler", description: "", partyName: "Hamarregionen IPR", measures: [] },
  ],
  funds: fundsTable(
    [committed(2022, "county_partnership_funds", 2_000_000), committed(2022, "council_funds", 800_000),
      committed(2023, "county_partnership_funds", 2_000_000), committed(2023, "council_funds", 30_000)],
    [spent("2022", 2022, "county_partnership_funds", 840_000), spent("hamar", 2023, "county_partnership_funds", 120_000),
      spent("stange", 2023, "county_partnership_funds", 90_000), spent("lo-nho", 2023, "council_funds", 55_000)],
  ),
  focusAreas: [
    { title: "Befolkningsvekst", measures: [ladestruktur, mjosby] },
    { title: "Diskusjonsarena", measures: [loNho] },
  ],
  otherMeasures: [],
  indicatorValues: [
    { name: "Felles møter med LO og NHO", unit: "møter", measureTitle: "Felles møter med LO og NHO", municipalityName: null, value: 4, target: 4 },
    { name: "Nye offentlig tilgjengelige ladepunkter", unit: "antall", measureTitle: "Regional ladestruktur", municipalityName: "Hamar kommune", value: 34, target: null },
  ],
  approvedCount: 3,
  generatedOn: "2026-11-24",
};

