import { fundsTable } from "@samspill/domain";
import { describe, expect, it } from "vitest";
import type { AnnualReportData } from "./annual-report-data.js";
import { annualReportDocument, annualReportTitle } from "./annual-report-document.js";
import { loNho, REPORT } from "./annual-report.test-data.js";
import { documentFormat } from "./document-format.js";
import { assertWellFormed, headings, readDocx } from "./read-docx.test-support.js";
import { brokenWords } from "./word-layout.test-support.js";

const kr = (amount: string) => `${amount} kr`.replace(/ /g, "\u00a0");

const rowsOf = (table: { rows: Array<{ cells: Array<{ paragraphs: string[] }> }> } | undefined) =>
  (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.paragraphs.join("\n")));

describe("the annual report to the county as a Word document", () => {
  it("is titled by its year and addressed from the council to the county authority by name, with its outline in Word headings", async () => {
    const format = documentFormat("nb");
    const docx = await readDocx(await annualReportDocument(REPORT, format));
    expect(annualReportTitle(REPORT, format)).toBe("Årsrapport 2023 – Hamarregionen IPR");
    expect(docx.paragraphs[0]?.text).toBe("Årsrapport til fylkeskommunen");
    expect(headings(docx, "Title")).toEqual(["Årsrapport 2023"]);
    expect(docx.text).toContain("Fra: Hamarregionen IPR");
    expect(docx.text).toContain("Til: Innlandet fylkeskommune");
    expect(docx.text).toContain("Rapporteringsperiode: 2023 (01.01.2023–31.12.2023)");
    // The agreement's due date, not the members' deadline for their status reports.
    expect(docx.text).toContain("Frist etter avtalen: 01.03.2024");
    expect(headings(docx, "Heading1")).toEqual([
      "Sammendrag", "Forpliktelser i avtalen", "Tilsagn og forbruk", "Framdrift per satsingsområde", "Rapporterte måleverdier",
      "Beskrivelser fra statusrapportene", "Godkjenning og underskrift",
    ]);
    expect(await docx.part("docProps/core.xml")).toContain("<dc:title>Årsrapport 2023 – Hamarregionen IPR</dc:title>");
  });

  it("titles a report for a shorter period by the period, not as an annual report", async () => {
    const format = documentFormat("nb");
    const t1 = { ...REPORT, period: { name: "T1 2026", periodStart: "2026-01-01", periodEnd: "2026-04-30" } };
    const docx = await readDocx(await annualReportDocument(t1, format));
    expect(annualReportTitle(t1, format)).toBe("Rapport for T1 2026 – Hamarregionen IPR");
    expect(docx.paragraphs[0]?.text).toBe("Rapport til fylkeskommunen");
    expect(headings(docx, "Title")).toEqual(["Rapport for T1 2026"]);
    expect(docx.text).not.toContain("Årsrapport");
  });

  it("opens with the secretariat's own summary and closes with the approval and signature it wrote", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    const summary = docx.paragraphs.findIndex((paragraph) => paragraph.text === "Sammendrag");
    expect(docx.paragraphs.slice(summary + 1, summary + 4).map((paragraph) => paragraph.text)).toEqual([
      "2023 var året ladestrukturen kom på plass i hele regionen.",
      "Rådet prioriterte samferdsel og næringsliv.",
      "Rapporten er satt sammen av 3 godkjente statusrapporter fra perioden.",
    ]);
    const signature = docx.paragraphs.findIndex((paragraph) => paragraph.text === "Godkjenning og underskrift");
    const after = docx.paragraphs.slice(signature + 1).map((paragraph) => paragraph.text);
    expect(after).toEqual([
      "Godkjent av rådet 15.02.2024, sak 3/24.", "Hamar, 20.02.2024", "________________________",
      "Tore Eksempel", "Leder, Hamarregionen IPR", "Hamarregionen IPR",
    ]);
  });

  it("leaves lines to sign by hand when nothing is written yet", async () => {
    const docx = await readDocx(await annualReportDocument({ ...REPORT, texts: null, approvedCount: 1 }, documentFormat("nb")));
    expect(docx.text).toContain("Rapporten er satt sammen av 1 godkjent statusrapport fra perioden.");
    expect(docx.text).toContain("Sted og dato: ________________________");
    expect(docx.text).toContain("Navn og tittel");
  });

  it("lists each obligation's measures with what they spent of the agreement's funds, a dash and a note where no report is approved", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(docx.text).toContain("Part: Hamarregionen IPR");
    expect(rowsOf(docx.tables[0])).toEqual([
      ["Tiltak", "Status", "Framdrift", "Brukt av avtalens midler"],
      // 120 000 + 90 000 kr of the county's funds; the municipalities' own 280 000 kr are not the agreement's.
      ["Regional ladestruktur", "Pågår", "55\u00a0%", kr("210 000")],
      ["Mjøsby-samarbeidet og regionvekstavtaler", "Pågår", "40\u00a0%", "–1"],
    ]);
    // No sentence in a money column: the note under the table says it.
    expect(docx.text).toContain("1 Ingen godkjent statusrapport i perioden.");
    expect(docx.text).toContain("Ingen tiltak er knyttet til forpliktelsen.");
    expect(docx.text).toContain("Fra finansieringskildene avtalen gir tilsagn om, etter periodens godkjente statusrapporter;");
  });

  it("sets committed against spent per year and funding source as the figures give them, and flags an overspend", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(rowsOf(docx.tables[1])).toEqual([
      ["År", "Finansieringskilde", "Tilsagt", "Brukt", "Gjenstår"],
      ["2022", "Regionrådets midler", kr("800 000"), kr("0"), kr("800 000")],
      ["2022", "Fylkets partnerskapsmidler", kr("2 000 000"), kr("840 000"), kr("1 160 000")],
      ["2023", "Regionrådets midler", kr("30 000"), kr("55 000"), `${kr("-25 000").replace("-", "\u2212")}1`],
      ["2023", "Fylkets partnerskapsmidler", kr("2 000 000"), kr("210 000"), kr("1 790 000")],
      ["Sum", kr("4 830 000"), kr("1 105 000"), kr("3 725 000")],
    ]);
    expect(docx.documentXml).toMatch(/<w:color w:val="C00000"\/>(?:(?!<\/w:p>)[\s\S])*?25\u00a0000/);
    expect(docx.text).toContain("1 Det er brukt mer enn tilsagt.");
  });

  it("flags money spent from a source the agreement commits nothing to that year, and says when nothing is committed", async () => {
    const uncommitted = fundsTable(
      [{ year: 2023, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 100_000_00 }],
      [{ reportId: "r", measureId: "m", periodEnd: "2022-12-31", fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 40_000_00 }],
    );
    const docx = await readDocx(await annualReportDocument({ ...REPORT, funds: uncommitted }, documentFormat("nb")));
    expect(rowsOf(docx.tables[1]).slice(1)).toEqual([
      ["2022", "Fylkets partnerskapsmidler", kr("0"), kr("40 000"), `${kr("-40 000").replace("-", "\u2212")}1`],
      ["2023", "Fylkets partnerskapsmidler", kr("100 000"), kr("0"), kr("100 000")],
      ["Sum", kr("100 000"), kr("40 000"), kr("60 000")],
    ]);
    expect(docx.text).toContain("1 Det er brukt mer enn tilsagt.");
    const none = await readDocx(await annualReportDocument({ ...REPORT, funds: fundsTable([], []) }, documentFormat("nb")));
    expect(none.text).toContain("Avtalen har ingen tilsagn om midler fram til denne perioden.");
    expect(none.text).not.toContain("Det er brukt mer enn tilsagt.");
  });

  it("totals budget in the period's years and spending by focus area", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(rowsOf(docx.tables[2])).toEqual([
      ["Tiltak", "Status", "Framdrift", "Budsjett 2023", "Brukt i perioden"],
      ["Regional ladestruktur", "Pågår", "55\u00a0%", kr("650 000"), kr("490 000")],
      ["Mjøsby-samarbeidet og regionvekstavtaler", "Pågår", "40\u00a0%", "–", "–"],
      ["Sum", kr("650 000"), kr("490 000")],
    ]);
    expect(docx.text).not.toContain("Tiltaket har brukt mer i 2022");
  });

  it("flags a measure that spent more in the year than it budgeted, beside its spending and in a note", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(rowsOf(docx.tables[3])).toEqual([
      ["Tiltak", "Status", "Framdrift", "Budsjett 2023", "Brukt i perioden"],
      ["Felles møter med LO og NHO", "Fullført", "100\u00a0%", kr("30 000"), `${kr("55 000")}1`],
      ["Sum", kr("30 000"), kr("55 000")],
    ]);
    expect(docx.documentXml).toMatch(/<w:color w:val="C00000"\/>(?:(?!<\/w:p>)[\s\S])*?55\u00a0000/);
    expect(docx.text).toContain("1 Tiltaket har brukt mer i 2023 enn budsjettet for året.");
    const within = await readDocx(await annualReportDocument({
      ...REPORT, focusAreas: [{ title: "Diskusjonsarena", measures: [{ ...loNho, overspentYears: [] }] }],
    }, documentFormat("nb")));
    expect(within.text).not.toContain("enn budsjettet for året");
  });

  it("reports indicator values and the narratives, and keeps internal follow-up out", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(rowsOf(docx.tables[4])).toEqual([
      ["Indikator", "Tiltak", "Kommune", "Verdi", "Mål"],
      ["Felles møter med LO og NHO", "Felles møter med LO og NHO", "Hele regionen", "4 møter", "4 møter"],
      ["Nye offentlig tilgjengelige ladepunkter", "Regional ladestruktur", "Hamar kommune", "34 antall", "–"],
    ]);
    expect(headings(docx, "Heading2")).toContain("Regional ladestruktur");
    expect(docx.text).toContain("34 nye ladepunkter totalt; hurtigladere ved stasjonen er i drift.");
    expect(docx.text).not.toMatch(/Ikke rapportert|Venter på godkjenning|forventede/);
  });

  it("says in each report's narrative what was spent from which funding source", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    const kroner = (amount: string) => amount.replace(/ /g, "\u00a0");
    expect(docx.text).toContain(
      `Stange kommune – Pågår, 40\u00a0%, brukt i perioden: ${kroner("190 000 kr")} ` +
        `(Fylkets partnerskapsmidler ${kroner("90 000 kr")}, Kommunal egenandel ${kroner("100 000 kr")})`,
    );
    expect(docx.text).toContain(`Hamarregionen IPR – Fullført, 100\u00a0%, brukt i perioden: ${kroner("55 000 kr")} (Regionrådets midler)`);
  });

  it("is laid out to send: numbered pages, headings kept with the text after them, no word broken in a table", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nb")));
    expect(docx.documentXml).toContain("<w:titlePg/>");
    for (const [xml] of docx.documentXml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading\d"\/>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)) {
      expect(xml).toContain("<w:keepNext/>");
    }
    for (const table of docx.tables) expect(brokenWords(table)).toEqual([]);
    const footers = await Promise.all(docx.files.filter((file) => /^word\/footer\d+\.xml$/.test(file)).map((file) => docx.part(file)));
    expect(footers.some((footer) => /<w:instrText[^>]*>\s*PAGE\s*</.test(footer))).toBe(true);
  });

  it("says so when nothing was measured", async () => {
    const docx = await readDocx(await annualReportDocument({ ...REPORT, indicatorValues: [] }, documentFormat("nb")));
    expect(docx.text).toContain("Det ble ikke rapportert måleverdier i perioden.");
  });

  it("goes to a Swedish region in Swedish, in SEK", async () => {
    const sek = (kronor: number) => ({ amountMinor: kronor * 100, currency: "SEK" as const });
    const swedish: AnnualReportData = {
      ...REPORT,
      council: { name: "Vimmerby kommun", logo: null },
      county: { name: "Region Kalmar län" },
      funds: fundsTable(
        [{ year: 2023, fundingSource: "county_partnership_funds", currency: "SEK", amountMinor: sek(500_000).amountMinor }],
        [{ reportId: "a", measureId: "m", periodEnd: "2023-12-31", fundingSource: "county_partnership_funds", currency: "SEK", amountMinor: sek(120_000).amountMinor }],
      ),
    };
    const docx = await readDocx(await annualReportDocument(swedish, documentFormat("sv")));
    expect(docx.paragraphs[0]?.text).toBe("Årsrapport till regionen");
    expect(docx.text).toContain("Till: Region Kalmar län");
    expect(headings(docx, "Heading1")).toContain("Åtaganden i avtalet");
    expect(rowsOf(docx.tables[0])[0]).toEqual(["Åtgärd", "Status", "Framsteg", "Förbrukat av avtalets medel"]);
    expect(docx.text).toMatch(/500\u00a0000\s?kr/);
    expect(docx.text).toContain("Regionens partnerskapsmedel");
    expect(await docx.part("word/styles.xml")).toContain('<w:lang w:val="sv-SE"/>');
  });

  it("is a well-formed package without untranslated keys", async () => {
    const docx = await readDocx(await annualReportDocument(REPORT, documentFormat("nn")));
    for (const name of docx.files.filter((file) => /\.(xml|rels)$/.test(file))) assertWellFormed(await docx.part(name), name);
    expect(docx.text).not.toMatch(/documents:|domain:|measures:|annualReport\.\w+/);
    expect(headings(docx, "Heading1")[0]).toBe("Samandrag");
  });
});
