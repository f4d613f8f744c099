// Spreadsheets: the measures, reports and agreements downloads (XLSX or CSV) and the reading
// of the measures layout for the import.

export { renderSheet } from "./render-sheet.js";
export { SPREADSHEET_FORMATS, type SpreadsheetFormat, type SheetTable, type Column, type CellValue } from "./sheet-table.js";
export { sheetTexts } from "./sheet-texts.js";
export { measuresSheet, type MeasureSheetData, type SheetMeasure, type SheetMeasurePart, type SheetBudgetLine } from "./measures-sheet.js";
export { reportsSheet, type ReportsSheetData, type SheetReportRow } from "./reports-sheet.js";
export { agreementsSheet, type AgreementsSheetData, type SheetAgreement } from "./agreements-sheet.js";
export { readMeasureImport } from "./import/read-measure-import.js";
export { IMPORT_LIMITS } from "./import/read-sheet.js";
export {
  IMPORT_PROBLEM_REASONS, type ImportBudgetLine, type ImportedMeasure, type ImportedPart, type ImportLookups,
  type ImportProblem, type ImportProblemReason, type MeasureImport, type NamedRow, type OrganisationName, type PreviewRow,
} from "./import/import-types.js";
export { readProgrammeImport } from "./structure/read-programme-import.js";
export { programmeWorkbook, type ProgrammeWorkbookData, type StructureSheetRow } from "./structure/programme-workbook.js";
export { STRUCTURE_KINDS, type StructureKind } from "./structure/structure-layout.js";
export type { ImportedFocusArea, ImportedGoal, ProgrammeImport, StructurePreviewRow } from "./structure/structure-types.js";
