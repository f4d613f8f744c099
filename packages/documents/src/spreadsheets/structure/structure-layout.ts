import type { Currency } from "@samspill/domain";
import { LANGUAGES, type Language } from "@samspill/i18n";
import { choices, type Choices } from "../import/choices.js";
import type { SheetLayout } from "../import/header-map.js";
import { normaliseName } from "../import/normalise.js";
import type { Column } from "../sheet-table.js";
import { sheetTexts } from "../sheet-texts.js";
import { safeSheetName } from "../write-xlsx.js";

// The whole programme's workbook: an instructions sheet, the structure sheet (focus areas,
// sub-themes and goals in order), the measures sheet in the measures layout, and the lists the
// choice cells offer. The reader finds the sheets by their names in any of the four languages.

export const STRUCTURE_COLUMN_KEYS = ["kind", "heading", "title", "description"] as const;
export type StructureColumnKey = (typeof STRUCTURE_COLUMN_KEYS)[number];

export const STRUCTURE_KINDS = ["focus_area", "sub_theme", "goal"] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export const STRUCTURE_KIND_CHOICES: Choices<StructureKind> = choices(STRUCTURE_KINDS, (code) => `structure-import:kind.${code}`);

export function structureHeader(key: StructureColumnKey, lang: Language, _currency?: Currency): string {
  return sheetTexts(lang)(`structure-import:columns.${key}`);
}

export const STRUCTURE_LAYOUT: SheetLayout<StructureColumnKey> = {
  keys: STRUCTURE_COLUMN_KEYS, header: structureHeader, required: "title", budgetYears: false,
};

const WIDTHS: Record<StructureColumnKey, number> = { kind: 16, heading: 24, title: 50, description: 70 };

export function structureColumns(lang: Language): Column[] {
  return STRUCTURE_COLUMN_KEYS.map((key) => ({ header: structureHeader(key, lang), type: "text", width: WIDTHS[key] }));
}

export type WorkbookSheet = "structure" | "measures";

const SHEET_KEYS: Record<WorkbookSheet, string> = { structure: "structure-import:sheet.structure", measures: "spreadsheets:sheet.measures" };

export function workbookSheetName(sheet: WorkbookSheet, lang: Language): string {
  return safeSheetName(sheetTexts(lang)(SHEET_KEYS[sheet]));
}

/** Whether a worksheet's name is this sheet's name in one of the four languages. */
export function isWorkbookSheet(name: string, sheet: WorkbookSheet): boolean {
  return LANGUAGES.some((lang) => normaliseName(workbookSheetName(sheet, lang)) === normaliseName(name));
}
