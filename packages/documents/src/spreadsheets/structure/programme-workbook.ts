import ExcelJS from "exceljs";
import { FUNDING_SOURCES, MEASURE_SCOPES, MEASURE_STATUSES } from "@samspill/domain";
import { countryOfCurrency, fundingSourceName, type Language } from "@samspill/i18n";
import { MEASURE_COLUMN_KEYS, type MeasureColumnKey } from "../measure-columns.js";
import { measuresSheet, type MeasureSheetData } from "../measures-sheet.js";
import { sheetTexts } from "../sheet-texts.js";
import { addTableSheet, safeSheetName } from "../write-xlsx.js";
import { STRUCTURE_KINDS, structureColumns, workbookSheetName, type StructureKind } from "./structure-layout.js";

// Writes the whole programme's workbook, filled (a download of a programme) or empty (the
// template): instructions, the structure sheet, the measures sheet and the lists that the
// choice cells offer in a drop-down, all in the reader's language.

export interface StructureSheetRow {
  kind: StructureKind;
  heading: string | null;
  title: string;
  description: string;
}

export interface ProgrammeWorkbookData extends MeasureSheetData {
  /** The strategy's vision and overarching goal, shown for information; the import leaves the strategy alone. */
  strategy: { vision: string; overarchingGoal: string } | null;
  structure: StructureSheetRow[];
  /** The council's member municipalities, offered in the municipality column. */
  municipalities: string[];
}

/** Rows that get the drop-downs: the template's first rows, or every row of a download and then some. */
const MIN_VALIDATED_ROWS = 200;
const MEASURE_LISTS: Partial<Record<MeasureColumnKey, number>> = { kind: 2, scope: 3, municipality: 4, status: 5, fundingSource: 6 };

function addInstructions(workbook: ExcelJS.Workbook, data: ProgrammeWorkbookData, lang: Language): void {
  const t = sheetTexts(lang);
  const sheet = workbook.addWorksheet(safeSheetName(t("structure-import:sheet.instructions")));
  sheet.getColumn(1).width = 110;
  const lines = [
    t("structure-import:instructions.title"),
    t("structure-import:instructions.structure", { sheet: workbookSheetName("structure", lang) }),
    t("structure-import:instructions.measures", { sheet: workbookSheetName("measures", lang) }),
    t("structure-import:instructions.budget", { currency: data.programme.currency }),
    t("structure-import:instructions.lists"),
    t("structure-import:instructions.strategy"),
    ...(data.strategy?.vision ? [t("structure-import:instructions.vision", { text: data.strategy.vision })] : []),
    ...(data.strategy?.overarchingGoal ? [t("structure-import:instructions.overarchingGoal", { text: data.strategy.overarchingGoal })] : []),
  ];
  for (const line of lines) {
    const row = sheet.addRow([line]);
    row.alignment = { vertical: "top", wrapText: true };
    row.font = { name: "Calibri", size: 11 };
  }
  sheet.getRow(1).font = { name: "Calibri", size: 14, bold: true };
}

/** The lists sheet: one column per choice, its values from row 2; returns each list's range for a validation. */
function addLists(workbook: ExcelJS.Workbook, data: ProgrammeWorkbookData, lang: Language): string[] {
  const t = sheetTexts(lang);
  const country = countryOfCurrency(data.programme.currency);
  const lists: string[][] = [
    STRUCTURE_KINDS.map((kind) => t(`structure-import:kind.${kind}`)),
    [t("spreadsheets:kind.measure"), t("spreadsheets:kind.part"), t("spreadsheets:kind.budget")],
    MEASURE_SCOPES.map((scope) => t(`domain:measureScope.${scope}`)),
    data.municipalities,
    MEASURE_STATUSES.map((status) => t(`domain:measureStatus.${status}`)),
    FUNDING_SOURCES.map((source) => fundingSourceName(t, source, country)),
  ];
  const name = safeSheetName(t("structure-import:sheet.lists"));
  const sheet = workbook.addWorksheet(name);
  const headings = [
    t("structure-import:columns.kind"), t("spreadsheets:columns.kind"), t("spreadsheets:columns.scope"),
    t("spreadsheets:columns.municipality"), t("spreadsheets:columns.status"), t("spreadsheets:columns.fundingSource"),
  ];
  sheet.addRow(headings).font = { name: "Calibri", size: 11, bold: true };
  lists.forEach((values, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = 32;
    values.forEach((value, row) => (sheet.getCell(row + 2, index + 1).value = value));
  });
  return lists.map((values, index) => {
    const letter = sheet.getColumn(index + 1).letter;
    return `'${name}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  });
}

function offerList(sheet: ExcelJS.Worksheet, column: number, range: string, rows: number): void {
  for (let row = 2; row <= rows; row += 1) {
    // A drop-down that does not refuse other text: codes and other languages' names import too.
    sheet.getCell(row, column).dataValidation = { type: "list", allowBlank: true, formulae: [range], showErrorMessage: false };
  }
}

export async function programmeWorkbook(data: ProgrammeWorkbookData, lang: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspill";
  addInstructions(workbook, data, lang);
  const t = sheetTexts(lang);
  const structure = addTableSheet(workbook, {
    sheetName: workbookSheetName("structure", lang),
    columns: structureColumns(lang),
    rows: data.structure.map((row) => [t(`structure-import:kind.${row.kind}`), row.heading, row.title, row.description]),
  }, lang);
  const measures = addTableSheet(workbook, measuresSheet(data, lang), lang);
  const ranges = addLists(workbook, data, lang);
  offerList(structure, 1, ranges[0]!, Math.max(MIN_VALIDATED_ROWS, data.structure.length + 50));
  const measureRows = Math.max(MIN_VALIDATED_ROWS, measures.rowCount + 50);
  for (const [key, list] of Object.entries(MEASURE_LISTS) as Array<[MeasureColumnKey, number]>) {
    offerList(measures, MEASURE_COLUMN_KEYS.indexOf(key) + 1, ranges[list - 1]!, measureRows);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
