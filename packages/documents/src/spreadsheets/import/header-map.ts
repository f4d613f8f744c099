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

export interface ColumnMap<K extends string = MeasureColumnKey> {
  fixed: Map<K, MappedColumn>;
  budget: BudgetYearColumn[];
}

/** Which columns a sheet has: its fixed keys, their headings, the one that must be there, and whether budget years follow. */
export interface SheetLayout<K extends string> {
  keys: readonly K[];
  header: (key: K, lang: Language, currency: Currency) => string;
  required: K;
  budgetYears: boolean;
}

export const MEASURE_LAYOUT: SheetLayout<MeasureColumnKey> = {
  keys: MEASURE_COLUMN_KEYS, header: measureHeader, required: "title", budgetYears: true,
};

const YEAR_PLACEHOLDER = "9999";

const namesByLayout = new WeakMap<object, Map<string, string>>();

/** Every heading of a layout in the four languages, without units. */
function headingNames<K extends string>(layout: SheetLayout<K>): Map<string, K> {
  const known = namesByLayout.get(layout);
  if (known) return known as Map<string, K>;
  const names = new Map<string, K>();
  for (const lang of LANGUAGES) for (const key of layout.keys) names.set(splitHeading(layout.header(key, lang, "NOK")).name, key);
  namesByLayout.set(layout, names);
  return names;
}

const budgetPatterns: RegExp[] = [];
for (const lang of LANGUAGES) {
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

export function mapColumns<K extends string = MeasureColumnKey>(
  headers: ReadonlyMap<number, string>,
  usedColumns: ReadonlySet<number>,
  programmeCurrency: Currency,
  lang: Language,
  layout: SheetLayout<K> = MEASURE_LAYOUT as unknown as SheetLayout<K>,
): { columns: ColumnMap<K>; problems: ImportProblem[] } {
  const fixedByName = headingNames(layout);
  const problems: ImportProblem[] = [];
  const columns: ColumnMap<K> = { fixed: new Map(), budget: [] };
  const seen = new Set<string>();
  const problem = (header: string, reason: ImportProblem["reason"]) => problems.push({ row: 1, column: header, reason, params: {} });

  for (const [column, header] of [...headers].sort(([a], [b]) => a - b)) {
    const { name, unit } = splitHeading(header);
    const key = fixedByName.get(name);
    const year = key || !layout.budgetYears ? null : budgetYear(name);
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
  if (!columns.fixed.has(layout.required)) problem(layout.header(layout.required, lang, programmeCurrency), "missing_column");
  return { columns, problems };
}
