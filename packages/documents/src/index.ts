// The public API of @samspill/documents: Word documents and spreadsheets built from plain data,
// no database. Each generator takes its data and the formats of the organisation's language.

export { documentFormat, type DocumentFormat } from "./word/document-format.js";
export { programmeDocument } from "./word/programme-document.js";
export type {
  BudgetEntry, FocusAreaDocument, GoalDocument, MeasureDocument, PartDocument, ProgrammeDocumentData,
} from "./word/programme-data.js";
export { annualReportDocument, annualReportTitle, isCalendarYear } from "./word/annual-report-document.js";
export type {
  AnnualReportData, AnnualReportTexts, FocusAreaEntry, IndicatorEntry, MeasureEntry, ObligationEntry, ReportEntry,
} from "./word/annual-report-data.js";
export type { DocumentLogo } from "./word/word-document.js";
export { LOGO_MIME_TYPES, LOGO_TYPES, readImageInfo, type ImageInfo, type LogoType } from "./word/image-info.js";
export * from "./spreadsheets/index.js";
export { renderFile, type FileJob, type FileJobKind } from "./render-file.js";
export { FILE_SIZE_LIMITS, refuseLargerThan, type FileSizeUnit } from "./file-size-limits.js";
