import ExcelJS from "exceljs";
import { fundsTable } from "@samspill/domain";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { agreementsSheet } from "./agreements-sheet.js";
import { measuresSheet } from "./measures-sheet.js";
import { reportsSheet } from "./reports-sheet.js";
import { SHEET_DATA } from "./sheet.test-data.js";
import { safeSheetName, writeXlsx } from "./write-xlsx.js";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

/** The 2022 budget of every measure and part row: the measure's 350 000 and Hamar's 300 000. */
function sum2022(sheet: ExcelJS.Worksheet): number {
  const column = columnOf(sheet, "Budsjett 2022 (NOK)");
  return (sheet.getRow(sheet.rowCount).getCell(column).value as { result: number }).result;
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const index = values.indexOf(header);
  if (index < 1) throw new Error(`no column ${header} in ${values.join("|")}`);
  return index;
}

describe("XLSX", () => {
  it("has a frozen, filtered header row in the reader's language", async () => {
    const sheet = await readBack(await writeXlsx(measuresSheet(SHEET_DATA, "sv"), "sv"));
    expect(sheet.name).toBe("Åtgärder");
    expect(sheet.getRow(1).getCell(1).value).toBe("Nr");
    expect(sheet.getRow(1).getCell(2).value).toBe("Radtyp");
    expect(sheet.getRow(1).getCell(4).value).toBe("Mål");
    expect(sheet.getRow(1).getCell(8).value).toBe("Kommun");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(5).width).toBe(40);
  });

  it("stores dates as dates, money as whole kroner with the currency in the heading only, and progress as whole percent with the unit in the heading only", async () => {
    const sheet = await readBack(await writeXlsx(measuresSheet(SHEET_DATA, "nb"), "nb"));
    const measure = sheet.getRow(2);
    const start = measure.getCell(columnOf(sheet, "Startdato"));
    expect(start.value).toEqual(new Date(Date.UTC(2022, 0, 1)));
    expect(start.numFmt).toBe("dd.mm.yyyy");
    const progress = measure.getCell(columnOf(sheet, "Framdrift (%)"));
    // The unit is in the heading only: 55 under "Framdrift (%)", not "55%" under it.
    expect(progress.value).toBe(55);
    expect(progress.numFmt).toBe("0");
    const budget = measure.getCell(columnOf(sheet, "Budsjett 2022 (NOK)"));
    expect(budget.value).toBe(250000);
    expect(budget.numFmt).toBe("#,##0");
    expect(measure.getCell(columnOf(sheet, "Status")).value).toBe("Pågår");
  });

  it("writes each measure followed by its parts, with a column saying which and the measure's number on each", async () => {
    const sheet = await readBack(await writeXlsx(measuresSheet(SHEET_DATA, "nb"), "nb"));
    const kinds = [2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(2).value);
    expect(kinds).toEqual(["Tiltak", "Kommunens del", "Kommunens del", "Tiltak"]);
    expect([2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(1).value)).toEqual(["1.1", "1.1", "1.1", "2.1"]);
    const municipality = columnOf(sheet, "Kommune");
    expect(sheet.getRow(3).getCell(municipality).value).toBe("Hamar");
    expect(sheet.getRow(3).getCell(columnOf(sheet, "Tittel")).value).toBe("Regional ladestruktur");
    expect(sheet.getRow(3).getCell(columnOf(sheet, "Budsjettandel (NOK)")).value).toBe(600000);
    expect(sheet.getRow(5).getCell(municipality).value).toBe("Stange");
  });

  it("adds a budget column for a year outside the programme period", async () => {
    const data = { ...SHEET_DATA, measures: [{ ...SHEET_DATA.measures[0]!, budget: [{ year: 2026, amountMinor: 1_00, currency: "NOK" as const, fundingSource: "external" as const }] }] };
    const sheet = await readBack(await writeXlsx(measuresSheet(data, "en"), "en"));
    const headers = (sheet.getRow(1).values as unknown[]).filter((value) => typeof value === "string" && value.startsWith("Budget 2"));
    expect(headers).toEqual(["Budget 2022 (NOK)", "Budget 2023 (NOK)", "Budget 2026 (NOK)"]);
    expect(sheet.getRow(2).getCell(columnOf(sheet, "Funding source")).value).toBe("External funding");
  });

  it("writes reports and agreements with typed cells", async () => {
    const reports = await readBack(
      await writeXlsx(
        reportsSheet({
          currency: "SEK",
          rows: [{
            organisation: "Vimmerby kommun", measureTitle: "Näringslivsdag", kind: "measure", state: "approved", overdue: false,
            late: true, submittedAt: "2024-02-01T09:00:00.000Z", measureStatus: "in_progress", progress: 40,
            spent: { amountMinor: 12_500_50, currency: "SEK" }, narrative: "Genomförd dag.",
          }],
        }, "sv"),
        "sv",
      ),
    );
    expect(reports.getRow(1).getCell(10).value).toBe("Förbrukat (SEK)");
    expect(reports.getRow(2).getCell(7).value).toEqual(new Date(Date.UTC(2024, 1, 1)));
    expect(reports.getRow(2).getCell(6).value).toBe("Ja");
    expect(reports.getRow(2).getCell(10).value).toBe(12501);

    const table = fundsTable(
      [{ year: 2022, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 1_000_000_00 }],
      [{ reportId: "r", measureId: "m", periodEnd: "2022-12-31", fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 250_000_00 }],
    );
    const agreement = {
      title: "Partnerskapsavtale Hamarregionen", caseNumber: "22/123", status: "active" as const, parties: ["Hamarregionen"],
      periodStart: "2022-01-01", periodEnd: "2023-12-31", funds: table.rows,
      requirements: { fulfilled: 1, due: 1, overdue: 0, nextDue: "2024-03-01" },
    };
    // The same agreement twice, as a measure under two agreements shows its spending in both; the
    // county's total (given, not summed) counts the report once.
    const total = fundsTable(
      [{ year: 2022, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 2_000_000_00 }],
      [{ reportId: "r", measureId: "m", periodEnd: "2022-12-31", fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 250_000_00 }],
    ).total;
    const agreements = await readBack(
      await writeXlsx(agreementsSheet({ currency: "NOK", agreements: [agreement, agreement], total }, "nb"), "nb"),
    );
    const row = agreements.getRow(2);
    expect(row.getCell(7).value).toBe(2022);
    expect(row.getCell(8).value).toBe("Fylkets partnerskapsmidler");
    expect(row.getCell(11).value).toBe(750000);
    expect(row.getCell(15).value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    const sum = agreements.getRow(4);
    expect(sum.getCell(1).value).toBe("Sum for alle avtalene (en rapport på et tiltak under to avtaler telles én gang)");
    expect([9, 10, 11].map((column) => sum.getCell(column).value)).toEqual([2_000_000, 250_000, 1_750_000]);
    expect(sum.getCell(12).value).toBeNull();
  });

  it("sets its fonts, prints A4 landscape one page wide with the header row on every page, and numbers the pages", async () => {
    const sheet = await readBack(await writeXlsx(measuresSheet(SHEET_DATA, "nb"), "nb"));
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ name: "Calibri", size: 11, bold: true });
    expect(sheet.getRow(2).getCell(1).font).toMatchObject({ name: "Calibri", size: 11 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const zip = await JSZip.loadAsync(await writeXlsx(measuresSheet(SHEET_DATA, "nb"), "nb"));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="0">(?:&apos;)?Tiltak(?:&apos;)?!\$1:\$1<\/definedName>/);
    expect(sheet.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5 });
    expect(sheet.headerFooter.oddFooter).toContain("Side &P av &N");
  });

  it("makes each row tall enough for its wrapped text", async () => {
    const long = "Regionrådet vil bidra politisk til en regional ladestruktur. ".repeat(6).trim();
    const data = { ...SHEET_DATA, measures: [{ ...SHEET_DATA.measures[1]!, description: long }, SHEET_DATA.measures[1]!] };
    const sheet = await readBack(await writeXlsx(measuresSheet(data, "nb"), "nb"));
    const width = sheet.getColumn(columnOf(sheet, "Beskrivelse")).width ?? 0;
    // About as many lines as the text is wide for its column, at 15 points a line.
    const lines = Math.ceil((long.length * 0.8) / width);
    expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(lines * 15);
    // Two lines typed with a line break need two lines even when short.
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(30);
    expect(sheet.getRow(3).height).toBeLessThan(sheet.getRow(2).height);
  });

  it("writes a row per further funding source of a measure, fills the responsible organisation and ends with totals of the money columns", async () => {
    const mixed = {
      ...SHEET_DATA,
      measures: [{
        ...SHEET_DATA.measures[0]!,
        budget: [
          { year: 2022, amountMinor: 250_000_00, currency: "NOK" as const, fundingSource: "county_partnership_funds" as const },
          { year: 2022, amountMinor: 100_000_00, currency: "NOK" as const, fundingSource: "council_funds" as const },
        ],
      }],
    };
    const sheet = await readBack(await writeXlsx(measuresSheet(mixed, "nb"), "nb"));
    expect(sheet.getRow(2).getCell(columnOf(sheet, "Finansieringskilde")).value).toBe("Regionrådets midler");
    expect([3, 4].map((row) => [columnOf(sheet, "Radtype"), columnOf(sheet, "Finansieringskilde")].map((column) => sheet.getRow(row).getCell(column).value))).toEqual([
      ["Annen finansieringskilde", "Fylkets partnerskapsmidler"], ["Kommunens del", "Kommunal egenandel"],
    ]);
    expect(sheet.getRow(2).getCell(columnOf(sheet, "Ansvarlig organisasjon")).value).toBe("Innlandet Science Park");
    const total = sheet.getRow(sheet.rowCount);
    expect(total.getCell(1).value).toBe("Sum");
    for (const header of ["Budsjett 2022 (NOK)", "Budsjettandel (NOK)"]) {
      const column = columnOf(sheet, header);
      let sum = 0;
      for (let row = 2; row < sheet.rowCount; row += 1) sum += Number(sheet.getRow(row).getCell(column).value ?? 0);
      const cell = total.getCell(column).value as { formula: string; result: number };
      expect(cell.result).toBe(sum);
      expect(cell.formula).toMatch(/^SUBTOTAL\(109,[A-Z]+2:[A-Z]+\d+\)$/);
    }
    expect(sum2022(sheet)).toBe(650000);
  });

  it("keeps sheet names within Excel's rules", () => {
    expect(safeSheetName("Rapporter: 2024/1 [utkast]")).toBe("Rapporter 2024 1 utkast");
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
  });
});
