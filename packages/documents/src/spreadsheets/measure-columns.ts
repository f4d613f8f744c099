import type { Currency } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import type { Column, ColumnType } from "./sheet-table.js";
import { sheetTexts, withUnit } from "./sheet-texts.js";

// The measures layout: the download and the import template are the same sheet, so a download
// can be edited and read back. A row is a measure or, right below it, one municipality's part;
// budget columns follow, one per year (and currency, when a programme has more than one). The
// first column is the measure's number in the programme, on its parts' rows too; the import
// reads it as nothing (numbers follow from the order), so a download reads back unchanged.

export const MEASURE_COLUMN_KEYS = [
  "number", "kind", "focusArea", "goals", "title", "description", "scope", "municipality", "responsibleOrganisation",
  "responsiblePerson", "contactEmail", "startDate", "endDate", "status", "progress", "sdgGoals", "fundingSource",
  "budgetShare",
] as const;
export type MeasureColumnKey = (typeof MEASURE_COLUMN_KEYS)[number];

const SHAPES: Record<MeasureColumnKey, { type: ColumnType; width: number }> = {
  number: { type: "text", width: 8 },
  kind: { type: "text", width: 16 },
  focusArea: { type: "text", width: 28 },
  goals: { type: "text", width: 30 },
  title: { type: "text", width: 40 },
  description: { type: "text", width: 60 },
  scope: { type: "text", width: 14 },
  municipality: { type: "text", width: 18 },
  responsibleOrganisation: { type: "text", width: 26 },
  responsiblePerson: { type: "text", width: 22 },
  contactEmail: { type: "text", width: 28 },
  startDate: { type: "date", width: 12 },
  endDate: { type: "date", width: 12 },
  status: { type: "text", width: 14 },
  progress: { type: "percent", width: 12 },
  sdgGoals: { type: "text", width: 16 },
  fundingSource: { type: "text", width: 26 },
  budgetShare: { type: "money", width: 18 },
};

export interface BudgetColumn {
  year: number;
  currency: Currency;
}

/** The heading of a column in a language; money columns name their currency, percent ones `%`. */
export function measureHeader(key: MeasureColumnKey, lang: Language, currency: Currency): string {
  const label = sheetTexts(lang)(`spreadsheets:columns.${key}`);
  if (SHAPES[key].type === "money") return withUnit(label, currency);
  if (SHAPES[key].type === "percent") return withUnit(label, "%");
  return label;
}

export function budgetHeader(column: BudgetColumn, lang: Language): string {
  return withUnit(sheetTexts(lang)("spreadsheets:columns.budgetYear", { year: column.year }), column.currency);
}

/** The columns of a measures sheet: the fixed ones, then the budget years in order. */
export function measureColumns(lang: Language, currency: Currency, budgetColumns: readonly BudgetColumn[]): Column[] {
  const fixed = MEASURE_COLUMN_KEYS.map((key): Column => ({
    header: measureHeader(key, lang, currency),
    ...SHAPES[key],
    ...(SHAPES[key].type === "money" ? { currency } : {}),
  }));
  const budget = budgetColumns.map((column): Column => ({
    header: budgetHeader(column, lang), type: "money", width: 18, currency: column.currency,
  }));
  return [...fixed, ...budget];
}

/** Years of a period, `2022-01-01`–`2023-12-31` → 2022, 2023 (at most 20, for a sane template). */
export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Math.min(Number(periodEnd.slice(0, 4)), first + 19);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}
