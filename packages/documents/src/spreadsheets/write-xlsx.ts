import ExcelJS from "exceljs";
import type { Language } from "@samspill/i18n";
import { excelFormat } from "./cell-formats.js";
import { isoDayToDate, MINOR_PER_MAJOR, type CellValue, type Column, type SheetTable } from "./sheet-table.js";

// One worksheet with a bold, frozen header row and an autofilter over it, so the reader can
// sort and filter at once; every value is stored as its real type (dates as dates, money as
// numbers in major units with a currency format), never as text that looks like one.

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
      return Number(value) / 100;
    case "money":
      return Number(value) / MINOR_PER_MAJOR;
    case "integer":
      return Number(value);
    case "text":
      return String(value);
  }
}

export async function writeXlsx(table: SheetTable, lang: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspill";
  const sheet = workbook.addWorksheet(safeSheetName(table.sheetName), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, activeCell: "A2" }],
  });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };

  const formats = table.columns.map((column) => excelFormat(column.type, lang, column.currency));
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value, index) => excelValue(value, table.columns[index]!)));
    row.eachCell((cell, columnNumber) => {
      const format = formats[columnNumber - 1];
      if (format) cell.numFmt = format;
    });
    row.alignment = { vertical: "top", wrapText: true };
  }
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
