import { budgetTotals, FUNDING_SOURCES, type FundingSource, type Money } from "@samspill/domain";
import type { DocumentFormat } from "./document-format.js";
import type { BudgetEntry } from "./programme-data.js";
import { dataTable, type Cell, type TableSpec } from "./word-kit.js";

// A measure's budget as the council reads it in the programme: one row per funding source,
// one column per year, with totals per year and per source. Sums stay per currency, as in the
// domain's budget totals, so an EU project in EUR is never added to kroner.

export interface BudgetMatrix {
  years: number[];
  rows: Array<{ fundingSource: FundingSource; cells: Money[][]; total: Money[] }>;
  yearTotals: Money[][];
  total: Money[];
}

export function budgetMatrix(lines: readonly BudgetEntry[]): BudgetMatrix {
  const all = budgetTotals(lines);
  const years = all.byYear.map((entry) => entry.year);
  const rows = [...all.bySource]
    .sort((a, b) => FUNDING_SOURCES.indexOf(a.fundingSource) - FUNDING_SOURCES.indexOf(b.fundingSource))
    .map(({ fundingSource, amounts }) => {
      const own = budgetTotals(lines.filter((line) => line.fundingSource === fundingSource));
      return {
        fundingSource,
        cells: years.map((year) => own.byYear.find((entry) => entry.year === year)?.amounts ?? []),
        total: amounts,
      };
    });
  return { years, rows, yearTotals: all.byYear.map((entry) => entry.amounts), total: all.total };
}

/** Amounts in one cell: one line per currency, a dash for nothing. */
export function moneyCell(amounts: readonly Money[], format: DocumentFormat, bold = false): Cell {
  return { text: amounts.length === 0 ? "–" : amounts.map(format.money).join("\n"), numeric: true, bold };
}

export function budgetTable(lines: readonly BudgetEntry[], format: DocumentFormat) {
  const matrix = budgetMatrix(lines);
  const total = format.t("documents:budget.total");
  const spec: TableSpec = {
    header: [[format.t("documents:budget.source"), ...matrix.years.map((year) => ({ text: String(year), numeric: true })), { text: total, numeric: true }]],
    rows: [
      ...matrix.rows.map((row) => [
        format.t(`measures:fundingSource.${row.fundingSource}`),
        ...row.cells.map((cell) => moneyCell(cell, format)),
        moneyCell(row.total, format, true),
      ]),
      [{ text: total, bold: true }, ...matrix.yearTotals.map((cell) => moneyCell(cell, format, true)), moneyCell(matrix.total, format, true)],
    ],
    widths: [3, ...matrix.years.map(() => 2), 2],
  };
  return dataTable(spec);
}
