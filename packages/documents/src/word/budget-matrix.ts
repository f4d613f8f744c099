import { fundingSourceName } from "@samspill/i18n";
import { budgetTotals, FUNDING_SOURCES, type FundingSource, type Money } from "@samspill/domain";
import type { DocumentFormat } from "./document-format.js";
import { yearsOf } from "./money-sums.js";
import type { BudgetEntry } from "./programme-data.js";
import { caption, paragraph, spacer, type Block } from "./word-kit.js";
import { dataTable, type Cell, type TableSpec } from "./word-table.js";

// A measure's budget as the council reads it in the programme: one row per funding source,
// one column per year of the programme's period, with totals per year and per source. A
// measure that runs past the period (a five-year measure in a two-year programme) has its
// other years summed in one sentence below the table, so the table keeps to the period. Sums
// stay per currency, as in the domain's budget totals, so an EU project in EUR is never added
// to kroner.

export interface BudgetMatrix {
  years: number[];
  rows: Array<{ fundingSource: FundingSource; cells: Money[][]; total: Money[] }>;
  yearTotals: Money[][];
  total: Money[];
}

export function budgetMatrix(lines: readonly BudgetEntry[], years: readonly number[]): BudgetMatrix {
  const inPeriod = lines.filter((line) => years.includes(line.year));
  const all = budgetTotals(inPeriod);
  const sumOf = (entries: readonly BudgetEntry[], year: number) =>
    budgetTotals(entries.filter((line) => line.year === year)).total;
  const rows = [...all.bySource]
    .sort((a, b) => FUNDING_SOURCES.indexOf(a.fundingSource) - FUNDING_SOURCES.indexOf(b.fundingSource))
    .map(({ fundingSource, amounts }) => {
      const own = inPeriod.filter((line) => line.fundingSource === fundingSource);
      return { fundingSource, cells: years.map((year) => sumOf(own, year)), total: amounts };
    });
  return { years: [...years], rows, yearTotals: years.map((year) => sumOf(inPeriod, year)), total: all.total };
}

/** Amounts in one cell: one line per currency, a dash for nothing. */
export function moneyCell(amounts: readonly Money[], format: DocumentFormat, bold = false): Cell {
  return { text: amounts.length === 0 ? "–" : amounts.map(format.money).join("\n"), numeric: true, bold };
}

function outsidePeriod(lines: readonly BudgetEntry[], years: readonly number[], format: DocumentFormat): Block[] {
  const outside = lines.filter((line) => !years.includes(line.year));
  if (outside.length === 0) return [];
  const totals = budgetTotals(outside);
  const outsideYears = totals.byYear.map((entry) => entry.year);
  const first = outsideYears[0]!;
  const last = outsideYears[outsideYears.length - 1]!;
  return [paragraph(format.t("documents:budget.outsidePeriod", {
    years: first === last ? String(first) : `${first}–${last}`,
    amount: totals.total.map(format.money).join(" + "),
  }), { italics: true, size: 20 })];
}

/**
 * The measure's budget within the period's years under its caption, and a line for what lies
 * outside them; a measure with no budget says so.
 */
export function budgetBlocks(
  measure: { title: string; budget: readonly BudgetEntry[] },
  period: { start: string; end: string },
  format: DocumentFormat,
): Block[] {
  if (measure.budget.length === 0) return [paragraph(format.t("documents:budget.none"), { italics: true })];
  const years = yearsOf(period.start, period.end);
  const matrix = budgetMatrix(measure.budget, years);
  const total = format.t("documents:budget.total");
  const spec: TableSpec = {
    header: [[format.t("documents:budget.source"), ...matrix.years.map((year) => ({ text: String(year), numeric: true })), { text: total, numeric: true }]],
    rows: [
      ...matrix.rows.map((row) => [
        fundingSourceName(format.t, row.fundingSource),
        ...row.cells.map((cell) => moneyCell(cell, format)),
        moneyCell(row.total, format, true),
      ]),
      [{ text: total, bold: true }, ...matrix.yearTotals.map((cell) => moneyCell(cell, format, true)), moneyCell(matrix.total, format, true)],
    ],
  };
  const table = matrix.rows.length > 0
    ? [caption(format.t("documents:budget.caption", { title: measure.title })), dataTable(spec)]
    : [];
  return [...table, ...outsidePeriod(measure.budget, years, format), spacer()];
}
