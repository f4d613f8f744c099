import type { Language } from "@samspill/i18n";
import { agreementsSheet, type AgreementsSheetData } from "./spreadsheets/agreements-sheet.js";
import { measuresSheet, type MeasureSheetData } from "./spreadsheets/measures-sheet.js";
import { renderSheet } from "./spreadsheets/render-sheet.js";
import { reportsSheet, type ReportsSheetData } from "./spreadsheets/reports-sheet.js";
import type { SpreadsheetFormat } from "./spreadsheets/sheet-table.js";
import { programmeWorkbook, type ProgrammeWorkbookData } from "./spreadsheets/structure/programme-workbook.js";
import type { AnnualReportData } from "./word/annual-report-data.js";
import { annualReportDocument } from "./word/annual-report-document.js";
import { documentFormat } from "./word/document-format.js";
import type { ProgrammeDocumentData } from "./word/programme-data.js";
import { programmeDocument } from "./word/programme-document.js";

// Every file this package makes, as one job of plain data — what a caller can hand to another
// thread (structured clone: strings, numbers, arrays, Uint8Array) — and the one function that
// turns a job into the file's bytes. The API renders jobs in worker threads, so a big document
// never holds up its other requests.

export type FileJob =
  | { kind: "programme"; data: ProgrammeDocumentData; language: Language }
  | { kind: "annualReport"; data: AnnualReportData; language: Language }
  | { kind: "measures"; data: MeasureSheetData; format: SpreadsheetFormat; language: Language }
  | { kind: "reports"; data: ReportsSheetData; format: SpreadsheetFormat; language: Language }
  | { kind: "agreements"; data: AgreementsSheetData; format: SpreadsheetFormat; language: Language }
  | { kind: "programmeWorkbook"; data: ProgrammeWorkbookData; language: Language };

export type FileJobKind = FileJob["kind"];

/** The bytes of the file a job describes. */
export async function renderFile(job: FileJob): Promise<Uint8Array> {
  switch (job.kind) {
    case "programme":
      return programmeDocument(job.data, documentFormat(job.language));
    case "annualReport":
      return annualReportDocument(job.data, documentFormat(job.language));
    case "measures":
      return renderSheet(measuresSheet(job.data, job.language), job.format, job.language);
    case "reports":
      return renderSheet(reportsSheet(job.data, job.language), job.format, job.language);
    case "agreements":
      return renderSheet(agreementsSheet(job.data, job.language), job.format, job.language);
    case "programmeWorkbook":
      return programmeWorkbook(job.data, job.language);
  }
}
