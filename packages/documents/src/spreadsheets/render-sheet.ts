import type { Language } from "@samspill/i18n";
import type { SheetTable, SpreadsheetFormat } from "./sheet-table.js";
import { writeCsv } from "./write-csv.js";
import { writeXlsx } from "./write-xlsx.js";

/** The table as the bytes of an XLSX workbook or a CSV file. */
export async function renderSheet(table: SheetTable, format: SpreadsheetFormat, lang: Language): Promise<Uint8Array> {
  return format === "csv" ? writeCsv(table, lang) : writeXlsx(table, lang);
}
