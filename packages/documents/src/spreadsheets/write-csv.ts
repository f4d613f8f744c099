import type { Language } from "@samspill/i18n";
import { writtenDate, writtenDecimal } from "./cell-formats.js";
import { columnTotals, isoDayToDate, wholeUnits, type CellValue, type Column, type SheetTable } from "./sheet-table.js";

// CSV as Norwegian and Swedish Excel opens it with a double click: UTF-8 with a byte order mark
// (or æøå turn into mojibake), `;` between fields (the comma is the decimal mark), CRLF line
// ends and RFC 4180 quoting. Text that a spreadsheet would run as a formula gets a leading
// apostrophe, so a title such as `=HYPERLINK(…)` stays text (CSV injection).

const BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";

/** Cells starting with = + - @ (or a tab or carriage return, which some programs skip) are formulas to Excel. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. */
export function quoteField(text: string): string {
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(value: CellValue, column: Column, lang: Language): string {
  if (value === null || value === "") return "";
  switch (column.type) {
    case "date": {
      const date = typeof value === "string" ? isoDayToDate(value) : null;
      return date ? writtenDate(date, lang) : "";
    }
    case "money":
      return writtenDecimal(wholeUnits(Number(value)), lang);
    case "percent":
    case "integer":
      return writtenDecimal(Number(value), lang);
    case "text":
      return neutraliseFormula(String(value));
  }
}

export function writeCsv(table: SheetTable, lang: Language): Uint8Array {
  const header = table.columns.map((column) => quoteField(neutraliseFormula(column.header)));
  const rows = table.rows.map((values) =>
    table.columns.map((column, index) => quoteField(csvText(values[index] ?? null, column, lang))),
  );
  const totals = table.totalLabel && table.rows.length > 0
    ? [columnTotals(table).map((total, index) => quoteField(index === 0 ? neutraliseFormula(table.totalLabel ?? "") : total === null ? "" : writtenDecimal(total, lang)))]
    : [];
  const text = [header, ...rows, ...totals].map((fields) => fields.join(CSV_SEPARATOR)).join("\r\n");
  return new TextEncoder().encode(`${BOM}${text}\r\n`);
}
