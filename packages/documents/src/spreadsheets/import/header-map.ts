import { CURRENCIES, YearSchema, type Currency } from "@samspill/domain";
import { LANGUAGES, type Language } from "@samspill/i18n";
import { MEASURE_COLUMN_KEYS, measureHeader, type MeasureColumnKey } from "../measure-columns.js";
import { sheetTexts } from "../sheet-texts.js";
import { normaliseName, splitHeading } from "./normalise.js";
import type { ImportProblem } from "./import-types.js";

// Which column of the file is which: headings are matched in all four languages (a Swedish
// file imports for a Norwegian reader), units in brackets are optional, and every heading the
// layout does not know is a problem rather than data that silently goes nowhere.

export interface MappedColumn {
  column: number;
  /** The heading as written in the file, which problems name. */
  header: string;
}

export interface BudgetYearColumn extends MappedColumn {
  year: number;
  currency: Currency;
}

export interface ColumnMap {
  fixed: Map<MeasureColumnKey, MappedColumn>;
  budget: BudgetYearColumn[];
}

const YEAR_PLACEHOLDER = "9999";

const fixedByName = new Map<string, MeasureColumnKey>();
const budgetPatterns: RegExp[] = [];
for (const lang of LANGUAGES) {
  for (const key of MEASURE_COLUMN_KEYS) fixedByName.set(splitHeading(measureHeader(key, lang, "NOK")).name, key);
  const template = normaliseName(sheetTexts(lang)("spreadsheets:columns.budgetYear", { year: YEAR_PLACEHOLDER }));
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(YEAR_PLACEHOLDER, "(\\d{4})");
  budgetPatterns.push(new RegExp(`^${escaped}$`));
}

function budgetYear(name: string): number | null {
  for (const pattern of budgetPatterns) {
    const match = pattern.exec(name);
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}

/** `A`, `B`, … `AA`: how Excel names a column, for a column without a heading. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function mapColumns(
  headers: ReadonlyMap<number, string>,
  usedColumns: ReadonlySet<number>,
  programmeCurrency: Currency,
  lang: Language,
): { columns: ColumnMap; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columns: ColumnMap = { fixed: new Map(), budget: [] };
  const seen = new Set<string>();
  const problem = (header: string, reason: ImportProblem["reason"]) => problems.push({ row: 1, column: header, reason, params: {} });

  for (const [column, header] of [...headers].sort(([a], [b]) => a - b)) {
    const { name, unit } = splitHeading(header);
    const key = fixedByName.get(name);
    const year = key ? null : budgetYear(name);
    const currency = (unit ?? programmeCurrency).toUpperCase();
    const identity = key ?? (year === null ? null : `${year}:${currency}`);
    if (identity === null) {
      problem(header, "unknown_column");
      continue;
    }
    if (seen.has(identity)) {
      problem(header, "duplicate_column");
      continue;
    }
    seen.add(identity);
    if (key) {
      columns.fixed.set(key, { column, header });
      continue;
    }
    if (!YearSchema.safeParse(year).success || !(CURRENCIES as readonly string[]).includes(currency)) {
      problem(header, "unknown_column");
      continue;
    }
    columns.budget.push({ column, header, year: year as number, currency: currency as Currency });
  }
  // Data under no heading would be lost without a word; name the column by its letter.
  for (const column of usedColumns) {
    if (!headers.has(column)) problem(columnLetter(column), "unknown_column");
  }
  if (!columns.fixed.has("title")) problem(measureHeader("title", lang, programmeCurrency), "missing_column");
  return { columns, problems };
}
