import { FUNDING_SOURCES, type Currency, type FundingSource, type MeasureScope, type MeasureStatus, type Money } from "@samspill/domain";
import { countryOfCurrency, fundingSourceName, type Language } from "@samspill/i18n";
import { measureColumns, yearsOf, type BudgetColumn } from "./measure-columns.js";
import type { CellValue, SheetTable } from "./sheet-table.js";
import { sheetTexts, type Translate } from "./sheet-texts.js";

// The measures of a programme as rows: each measure, then one row per municipality's part of
// it. Names, not ids, so a person can read and edit the sheet and the import can read it back.

export interface SheetBudgetLine {
  year: number;
  amountMinor: number;
  currency: Currency;
  fundingSource: FundingSource;
}

export interface SheetMeasurePart {
  municipality: string;
  description: string;
  contactName: string;
  contactEmail: string | null;
  status: MeasureStatus;
  progress: number;
  budgetShare: Money | null;
  budget: SheetBudgetLine[];
}

export interface SheetMeasure {
  /** Its number in the programme, e.g. "3.2" (as on the programme page and in the Word document). */
  number: string;
  title: string;
  description: string;
  focusArea: string | null;
  goals: string[];
  scope: MeasureScope;
  /** The municipality that owns a local measure; null for a shared one. */
  municipality: string | null;
  responsibleOrganisation: string | null;
  responsiblePerson: string;
  startDate: string | null;
  endDate: string | null;
  status: MeasureStatus;
  progress: number;
  sdgGoals: number[];
  budget: SheetBudgetLine[];
  parts: SheetMeasurePart[];
}

export interface MeasureSheetData {
  programme: { title: string; periodStart: string; periodEnd: string; currency: Currency };
  measures: SheetMeasure[];
}

/** One column per year of the programme, plus any year or currency the budgets add. */
export function budgetColumnsFor(data: MeasureSheetData): BudgetColumn[] {
  const { currency } = data.programme;
  const keys = new Map<string, BudgetColumn>();
  const add = (year: number, lineCurrency: Currency) => keys.set(`${year}:${lineCurrency}`, { year, currency: lineCurrency });
  for (const year of yearsOf(data.programme.periodStart, data.programme.periodEnd)) add(year, currency);
  for (const measure of data.measures) {
    for (const line of [...measure.budget, ...measure.parts.flatMap((part) => part.budget)]) add(line.year, line.currency);
  }
  return [...keys.values()].sort((a, b) => a.year - b.year || Number(b.currency === currency) - Number(a.currency === currency) || a.currency.localeCompare(b.currency));
}

function budgetCells(lines: readonly SheetBudgetLine[], columns: readonly BudgetColumn[]): CellValue[] {
  return columns.map((column) => {
    const matching = lines.filter((line) => line.year === column.year && line.currency === column.currency);
    return matching.length === 0 ? null : matching.reduce((sum, line) => sum + line.amountMinor, 0);
  });
}

/** A row's budget lines by funding source, in the domain's order: one source per row. */
function bySource(lines: readonly SheetBudgetLine[]): SheetBudgetLine[][] {
  const groups = FUNDING_SOURCES.map((source) => lines.filter((line) => line.fundingSource === source)).filter((group) => group.length > 0);
  return groups.length === 0 ? [[]] : groups;
}

function fundingCell(t: Translate, lines: readonly SheetBudgetLine[]): CellValue {
  const line = lines[0];
  return line ? fundingSourceName(t, line.fundingSource, countryOfCurrency(line.currency)) : null;
}

function measureRow(t: Translate, measure: SheetMeasure, lines: readonly SheetBudgetLine[], columns: readonly BudgetColumn[]): CellValue[] {
  return [
    measure.number, t("spreadsheets:kind.measure"), measure.focusArea, measure.goals.join("; "), measure.title, measure.description,
    t(`domain:measureScope.${measure.scope}`), measure.municipality, measure.responsibleOrganisation,
    measure.responsiblePerson, null, measure.startDate, measure.endDate, t(`domain:measureStatus.${measure.status}`),
    measure.progress, [...measure.sdgGoals].sort((a, b) => a - b).join(", "), fundingCell(t, lines), null,
    ...budgetCells(lines, columns),
  ];
}

function partRow(t: Translate, measure: SheetMeasure, part: SheetMeasurePart, lines: readonly SheetBudgetLine[], columns: readonly BudgetColumn[]): CellValue[] {
  return [
    measure.number, t("spreadsheets:kind.part"), null, null, measure.title, part.description, null, part.municipality, null,
    part.contactName, part.contactEmail, null, null, t(`domain:measureStatus.${part.status}`), part.progress, null,
    fundingCell(t, lines), part.budgetShare?.amountMinor ?? null, ...budgetCells(lines, columns),
  ];
}

/** A row of another funding source, right below the measure or part whose budget it adds to. */
function budgetRow(t: Translate, measure: SheetMeasure, lines: readonly SheetBudgetLine[], columns: readonly BudgetColumn[]): CellValue[] {
  const empty = Array.from({ length: 11 }, () => null);
  return [measure.number, t("spreadsheets:kind.budget"), null, null, measure.title, ...empty, fundingCell(t, lines), null, ...budgetCells(lines, columns)];
}

/** The row itself with its first funding source, then a row per further source. */
function withSources(first: (lines: SheetBudgetLine[]) => CellValue[], t: Translate, measure: SheetMeasure, budget: readonly SheetBudgetLine[], columns: readonly BudgetColumn[]) {
  const [own = [], ...more] = bySource(budget);
  return [first(own), ...more.map((lines) => budgetRow(t, measure, lines, columns))];
}

/** The sheet; with no measures it is the empty import template of the programme. */
export function measuresSheet(data: MeasureSheetData, lang: Language): SheetTable {
  const t = sheetTexts(lang);
  const columns = budgetColumnsFor(data);
  return {
    sheetName: t("spreadsheets:sheet.measures"),
    columns: measureColumns(lang, data.programme.currency, columns),
    rows: data.measures.flatMap((measure) => [
      ...withSources((lines) => measureRow(t, measure, lines, columns), t, measure, measure.budget, columns),
      ...measure.parts.flatMap((part) => withSources((lines) => partRow(t, measure, part, lines, columns), t, measure, part.budget, columns)),
    ]),
    totalLabel: t("spreadsheets:total"),
  };
}
