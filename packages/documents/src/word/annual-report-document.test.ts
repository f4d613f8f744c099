import { fundsTable, type CommittedAmount, type ReportingFigures } from "@samspill/domain";
import { describe, expect, it } from "vitest";
import type { AnnualReportData, MeasureEntry } from "./annual-report-data.js";
import { annualReportDocument, annualReportTitle } from "./annual-report-document.js";
import { documentFormat } from "./document-format.js";
import { assertWellFormed, headings, readDocx } from "./read-docx.test-support.js";

const nok = (kroner: number) => ({ amountMinor: kroner * 100, currency: "NOK" as const });
const kr = (amount: string) => `${amount} kr`.replace(/ /g, "\u00a0");

// Hamarregionen's 2023 period against its agreement with Innlandet, as the API would shape it.
const ladestruktur: MeasureEntry = {
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
};
const loNho: MeasureEntry = {
  title: "Felles møter med LO og NHO", status: "completed", progress: 100,
  budget: [{ year: 2023, fundingSource: "council_funds", amount: nok(30_000) }],
  reports: [{ organisationName: "Hamarregionen IPR", status: "completed", progress: 100, spent: nok(55_000),
    spending: [{ fundingSource: "council_funds", amount: nok(55_000) }],
    narrative: "To felles møter med LO og NHO i 2023." }],
};
const mjosby: MeasureEntry = { title: "Mjøsby-samarbeidet og regionvekstavtaler", status: "in_progress", progress: 40, budget: [], reports: [] };

const REPORT: AnnualReportData = {
  council: { name: "Hamarregionen IPR" },
  county: { name: "Innlandet fylkeskommune" },
  agreement: { title: "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026", caseNumber: "22/01234" },
  period: { name: "2023", periodStart: "2023-01-01", periodEnd: "2023-12-31", deadline: "2024-01-31" },
  obligations: [
    { title: "Koordinere det regionale utviklingsarbeidet i Hamarregionen", description: "Regionrådet er samhandlingsarenaen.",
      partyName: "Hamarregionen IPR", measures: [ladestruktur, mjosby] },
    { title: "Rapportere årlig på framdrift og bruk av midler", description: "", partyName: "Hamarregionen IPR", measures: [] },
  ],
  funds: fundsTable(
    [2022, 2023].flatMap((year): CommittedAmount[] => [
      { year, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: nok(2_000_000).amountMinor },
      { year, fundingSource: "council_funds", currency: "NOK", amountMinor: nok(30_000).amountMinor },
    ]),
    [
      { reportId: "a", measureId: "m", periodEnd: "2022-12-31", fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: nok(300_000).amountMinor },
      { reportId: "b", measureId: "m", periodEnd: "2023-12-31", fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: nok(210_000).amountMinor },
      { reportId: "c", measureId: "m", periodEnd: "2023-12-31", fundingSource: "council_funds", currency: "NOK", amountMinor: nok(55_000).amountMinor },
    ],
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
  outstanding: [
    { measureTitle: "Regional ladestruktur", organisationName: "Ringsaker kommune", state: "returned", overdue: true },
    { measureTitle: "Regional ladestruktur", organisationName: "Løten kommune", state: "submitted", overdue: false },
    { measureTitle: "Mjøsby-samarbeidet og regionvekstavtaler", organisationName: "Hamarregionen IPR", state: "submitted", overdue: false },
  ],
  reporting: figures({ expected: 6, approved: 3 }),
  generatedOn: "2026-11-24",
};

function figures(counts: Pick<ReportingFigures, "expected" | "approved">): ReportingFigures {
  return { missing: 0, draft: 0, submitted: 0, returned: 0, reported: counts.approved, outstanding: 0, late: 0, overdue: 0, ...counts };
}

const rowsOf = (table: { rows: Array<{ cells: Array<{ paragraphs: string[] }> }> } | undefined) =>
  (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.paragraphs.join("\n")));

describe("the annual report to the county as a Word document", () => {
  it("is titled and addressed from the council to the county, with its outline in Word headings", async () => {
    const format = documentFormat("nb");
    const docx = await readDocx(await annualReportDocument(REPORT, format));
    expect(annualReportTitle(REPORT, format)).toBe("Årsrapport 2023 – Hamarregionen IPR");
    expect(docx.paragraphs[0]?.text).toBe("Årsrapport til fylkeskommunen");
    expect(headings(docx, "Title")).toEqual(["Årsrapport 2023"]);
    expect(docx.text).toContain("Fra: Hamarregionen IPR");
    expect(docx.text).toContain("Til: Innlandet fylkeskommune");
    expect(docx.text).toContain("Rapporteringsperiode: 2023 (01.01.2023–31.12.2023)");
    expect(headings(docx, "Heading1")).toEqual([
      "Sammendrag", "Forpliktelser i avtalen", "Tilsagn og forbruk", "Framdrift per satsingsområde", "Rapporterte måleverdier",
      "Beskrivelser fra statusrapportene", "Ikke rapportert eller godkjent ennå",
    ]);
    expect(docx.text).toContain("3 av 6 forventede statusrapporter er godkjent.");
    expect(await docx.part("docProps/core.xml")).toContain("<dc:title>Årsrapport 2023 – Hamarregionen IPR</dc:title>");
  });

  it("lists each obligation's measures with status, progress and what was spent in the period", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(docx.text).toContain("Part: Hamarregionen IPR");
    expect(rowsOf(docx.tables[0])).toEqual([
      ["Tiltak", "Status", "Framdrift", "Brukt i perioden"],
      ["Regional ladestruktur", "Pågår", "55\u00a0%", kr("490 000")],
      ["Mjøsby-samarbeidet og regionvekstavtaler", "Pågår", "40\u00a0%", "Ingen godkjent statusrapport i perioden."],
    ]);
    expect(docx.text).toContain("Ingen tiltak er knyttet til forpliktelsen.");
  });

  it("sets the agreement's funding per year and source against what was spent from it, flagging what is over", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    const county = "Regionale utviklingsmidler (fylket)";
    expect(rowsOf(docx.tables[1])).toEqual([
      ["År", "Finansieringskilde", "Tilsagt", "Brukt", "Gjenstår", "Merknad"],
      ["2022", "Rådets midler", kr("30 000"), kr("0"), kr("30 000"), ""],
      ["2022", county, kr("2 000 000"), kr("300 000"), kr("1 700 000"), ""],
      ["2023", "Rådets midler", kr("30 000"), kr("55 000"), kr("-25 000").replace("-", "\u2212"), "Over tilsagnet"],
      ["2023", county, kr("2 000 000"), kr("210 000"), kr("1 790 000"), ""],
      ["Sum", kr("4 060 000"), kr("565 000"), kr("3 495 000"), ""],
    ]);
  });

  it("totals budget in the period's years and spending by focus area", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(rowsOf(docx.tables[2])).toEqual([
      ["Tiltak", "Status", "Framdrift", "Budsjett 2023", "Brukt i perioden"],
      ["Regional ladestruktur", "Pågår", "55\u00a0%", kr("650 000"), kr("490 000")],
      ["Mjøsby-samarbeidet og regionvekstavtaler", "Pågår", "40\u00a0%", "–", "–"],
      ["Sum", kr("650 000"), kr("490 000")],
    ]);
    expect(docx.tables[2]?.rows[3]?.cells[0]?.paragraphs).toEqual(["Sum"]);
  });

  it("reports indicator values, the narratives, and who has not reported or been approved yet", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(rowsOf(docx.tables[4])).toEqual([
      ["Indikator", "Tiltak", "Kommune", "Verdi", "Mål"],
      ["Felles møter med LO og NHO", "Felles møter med LO og NHO", "Hele regionen", "4 møter", "4 møter"],
      ["Nye offentlig tilgjengelige ladepunkter", "Regional ladestruktur", "Hamar kommune", "34 antall", "–"],
    ]);
    expect(headings(docx, "Heading2")).toContain("Regional ladestruktur");
    expect(docx.text).toContain("34 nye ladepunkter totalt; hurtigladere ved stasjonen er i drift.");
    expect(docx.text).toMatch(/Stange kommune – Pågår, 40\u00a0%, brukt i perioden: 190\u00a0000\u00a0kr/);
    expect(rowsOf(docx.tables[5])).toEqual([
      ["Tiltak", "Rapportert av", "Status"],
      ["Regional ladestruktur", "Ringsaker kommune", "Sendt tilbake for endring – fristen er ute"],
      ["Regional ladestruktur", "Løten kommune", "Venter på godkjenning"],
      ["Mjøsby-samarbeidet og regionvekstavtaler", "Hamarregionen IPR", "Venter på godkjenning"],
    ]);
  });

  it("says so when everything is approved and nothing was measured", async () => {
    const all = { ...REPORT, outstanding: [], indicatorValues: [], reporting: figures({ expected: 6, approved: 6 }) };
    const docx = await readDocx(await annualReportDocument(all, documentFormat("nb")));
    expect(docx.text).toContain("Alle forventede statusrapporter i perioden er godkjent.");
    expect(docx.text).toContain("Det ble ikke rapportert måleverdier i perioden.");
    expect(docx.text).toContain("6 av 6 forventede statusrapporter er godkjent.");
  });

  it("goes to a Swedish region in Swedish, in SEK", async () => {
    const sek = (kronor: number) => ({ amountMinor: kronor * 100, currency: "SEK" as const });
    const swedish: AnnualReportData = {
      ...REPORT,
      council: { name: "Vimmerby kommun" },
      county: { name: "Region Kalmar län" },
      funds: fundsTable(
        [{ year: 2023, fundingSource: "county_partnership_funds", currency: "SEK", amountMinor: sek(500_000).amountMinor }],
        [{ reportId: "a", measureId: "m", periodEnd: "2023-12-31", fundingSource: "county_partnership_funds", currency: "SEK", amountMinor: sek(120_000).amountMinor }],
      ),
    };
    const docx = await readDocx(await annualReportDocument(swedish, documentFormat("sv")));
    expect(docx.paragraphs[0]?.text).toBe("Årsrapport till regionen");
    expect(headings(docx, "Heading1")).toContain("Åtaganden i avtalet");
    expect(rowsOf(docx.tables[0])[0]).toEqual(["Åtgärd", "Status", "Framsteg", "Förbrukat under perioden"]);
    expect(docx.text).toMatch(/500\u00a0000\s?kr/);
    expect(await docx.part("word/styles.xml")).toContain('<w:lang w:val="sv-SE"/>');
  });

  it("is a well-formed package without untranslated keys", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nn")));
    for (const name of docx.files.filter((file) => /\.(xml|rels)$/.test(file))) assertWellFormed(await docx.part(name), name);
    expect(docx.text).not.toMatch(/documents:|domain:|measures:|annualReport\.\w+/);
    expect(headings(docx, "Heading1")[0]).toBe("Samandrag");
  });
});
