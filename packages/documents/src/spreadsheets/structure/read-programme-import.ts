import { DomainError } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import type { ImportLookups, ImportProblem } from "../import/import-types.js";
import { readMeasureRows } from "../import/read-measure-import.js";
import { loadCheckedWorkbook, readWorksheet, type ReadSheet } from "../import/read-sheet.js";
import { readStructureRows } from "./read-structure-rows.js";
import { isWorkbookSheet, workbookSheetName, type WorkbookSheet } from "./structure-layout.js";
import type { ProgrammeImport } from "./structure-types.js";

// Reads the whole programme's workbook: the structure sheet, then the measures sheet with the
// measures reader, its focus areas and goals looked up among those the structure sheet names.
// Every problem names its sheet, row and column; nothing is written here.

async function sheetsOf(bytes: Uint8Array, lang: Language): Promise<Record<WorkbookSheet, { name: string; sheet: ReadSheet }>> {
  const workbook = await loadCheckedWorkbook(bytes);
  const find = (which: WorkbookSheet) => {
    const worksheet = workbook.worksheets.find((candidate) => isWorkbookSheet(candidate.name, which));
    if (!worksheet) {
      throw new DomainError("INVALID_INPUT", {
        reason: "import_missing_sheet", params: { field: "fileBase64", sheet: workbookSheetName(which, lang) },
      });
    }
    return { name: worksheet.name, sheet: readWorksheet(worksheet) };
  };
  return { structure: find("structure"), measures: find("measures") };
}

const onSheet = (sheet: string, problems: readonly ImportProblem[]) => problems.map((problem) => ({ ...problem, sheet }));

export async function readProgrammeImport(bytes: Uint8Array, lookups: ImportLookups, lang: Language): Promise<ProgrammeImport> {
  const sheets = await sheetsOf(bytes, lang);
  if (sheets.structure.sheet.rows.length === 0 && sheets.measures.sheet.rows.length === 0) {
    throw new DomainError("INVALID_INPUT", { reason: "import_no_rows", params: { field: "fileBase64" } });
  }
  const structure = readStructureRows(sheets.structure.sheet, lookups.currency, lang);
  const measures = readMeasureRows(sheets.measures.sheet, { ...lookups, ...structure.names }, lang);
  return {
    focusAreas: structure.focusAreas,
    goals: structure.goals,
    measures: measures.measures,
    structureRows: structure.rows,
    problems: [...onSheet(sheets.structure.name, structure.problems), ...onSheet(sheets.measures.name, measures.problems)],
  };
}
