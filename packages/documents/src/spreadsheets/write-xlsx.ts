import ExcelJS from "exceljs";
import type { Language } from "@samspill/i18n";
import { excelFormat } from "./cell-formats.js";
import { rowHeight } from "./row-height.js";
import { columnTotals, isoDayToDate, wholeUnits, type CellValue, type Column, type SheetTable } from "./sheet-table.js";
import { sheetTexts } from "./sheet-texts.js";

// One worksheet as a secretariat prints and sends it: a bold, frozen header row with an
// autofilter, every value stored as its real type (dates as dates, money as whole kroner and
// progress as whole percent with a number format, the unit named in the heading only), fonts set rather than left to the
// reader's defaults, rows tall enough for their wrapped text, and a total row under the money
// columns. Printed it is A4 landscape, one page wide, with the header row on every page and
// "page n of m" in the footer.

const FONT = "Calibri";
const HEADER_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 11, bold: true };
const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 11 };

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31).trim();
  return cleaned || "Sheet1";
}

function excelValue(value: CellValue, column: Column): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  switch (column.type) {
    case "date":
      return typeof value === "string" ? isoDayToDate(value) : null;
    case "percent":
      return Number(value);
    case "money":
      return wholeUnits(Number(value));
    case "integer":
      return Number(value);
    case "text":
      return String(value);
  }
}

/** The text a cell shows, as long as it is, for working out how many lines it wraps to. */
function shownText(value: CellValue, column: Column): string {
  if (value === null) return "";
  if (column.type === "date") return "00.00.0000";
  if (column.type === "money") return new Intl.NumberFormat("nb").format(wholeUnits(Number(value)));
  return String(value);
}

function printSetup(sheet: ExcelJS.Worksheet, lang: Language): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: `&L&"${FONT}"&9&A&R&"${FONT}"&9${sheetTexts(lang)("spreadsheets:page")}` };
}

function addTotals(sheet: ExcelJS.Worksheet, table: SheetTable, label: string, formats: ReadonlyArray<string | undefined>): void {
  const totals = columnTotals(table);
  const first = 2;
  const last = table.rows.length + 1;
  const row = sheet.addRow(totals.map((total, index) => {
    if (index === 0) return label;
    if (total === null) return null;
    if (table.fixedTotals) return total;
    // SUBTOTAL(109, …) sums what the filter shows, so the total follows the reader's filter.
    const letter = sheet.getColumn(index + 1).letter;
    return { formula: `SUBTOTAL(109,${letter}${first}:${letter}${last})`, result: total };
  }));
  row.font = HEADER_FONT;
  row.eachCell((cell, columnNumber) => {
    const format = formats[columnNumber - 1];
    if (format) cell.numFmt = format;
    cell.border = { top: { style: "thin" } };
  });
}

export async function writeXlsx(table: SheetTable, lang: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspill";
  addTableSheet(workbook, table, lang);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** The table as one more worksheet of a workbook, laid out as `writeXlsx` writes it alone. */
export function addTableSheet(workbook: ExcelJS.Workbook, table: SheetTable, lang: Language): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(safeSheetName(table.sheetName), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, activeCell: "A2" }],
  });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  const widths = table.columns.map((column) => column.width);
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.alignment = { vertical: "top", wrapText: true };
  header.height = rowHeight(table.columns.map((column) => column.header), widths, true);

  const formats = table.columns.map((column) => excelFormat(column.type, lang));
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value, index) => excelValue(value, table.columns[index]!)));
    row.font = BODY_FONT;
    row.eachCell((cell, columnNumber) => {
      const format = formats[columnNumber - 1];
      if (format) cell.numFmt = format;
    });
    row.alignment = { vertical: "top", wrapText: true };
    row.height = rowHeight(values.map((value, index) => shownText(value, table.columns[index]!)), widths);
  }
  if (table.totalLabel && table.rows.length > 0) addTotals(sheet, table, table.totalLabel, formats);
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  printSetup(sheet, lang);
  return sheet;
}
