// The public API of @samspill/documents: Word documents and spreadsheets built from plain data,
// no database. Each generator takes its data and the formats of the organisation's language.

export { documentFormat, type DocumentFormat } from "./word/document-format.js";
export { programmeDocument } from "./word/programme-document.js";
export type {
  BudgetEntry, FocusAreaDocument, GoalDocument, MeasureDocument, PartDocument, ProgrammeDocumentData,
} from "./word/programme-data.js";
export { annualReportDocument, annualReportTitle } from "./word/annual-report-document.js";
export type {
  AnnualReportData, FocusAreaEntry, IndicatorEntry, MeasureEntry, ObligationEntry, OutstandingEntry, ReportEntry,
} from "./word/annual-report-data.js";
export * from "./spreadsheets/index.js";
