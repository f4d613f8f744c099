import type { Currency } from "@samspill/domain";

// A spreadsheet as plain data: typed columns and rows of values, written to XLSX or CSV by the
// writers beside this file. Builders fill it from domain data; nothing here knows a measure.

/**
 * How a column's values are stored and shown:
 * - `text`: a string;
 * - `date`: an ISO date `YYYY-MM-DD` (a timestamp's day is taken), a real Excel date;
 * - `integer`: a whole number such as a year or a count;
 * - `percent`: 0–100 as stored for progress, a whole number under a heading naming `%`;
 * - `money`: minor units (øre/öre), written as whole kroner/kronor with the currency named in
 *   the column's heading only ("650 000" under "Budsjett 2023 (NOK)").
 */
export type ColumnType = "text" | "date" | "integer" | "percent" | "money";

export interface Column {
  header: string;
  type: ColumnType;
  /** Width in characters, as Excel counts them. */
  width: number;
  /** The currency of a money column. */
  currency?: Currency;
}

export type CellValue = string | number | null;

export interface SheetTable {
  /** At most 31 characters and none of `[]:*?/\`; the writer makes sure of it. */
  sheetName: string;
  columns: Column[];
  rows: CellValue[][];
  /** A last row, under this label in the first column, with the sum of every money column. */
  totalLabel?: string;
  /**
   * The money columns' totals, in minor units by column (null for the others), where a total is
   * not the sum of the rows: the agreements' spent counts a report once in all, though its
   * measure serves two agreements and so shows in two rows. Written as values, not as a sum.
   */
  fixedTotals?: Array<number | null>;
}

/** Whole major units of an amount in minor units: 65 000 000 øre → 650 000 kr. */
export function wholeUnits(minor: number): number {
  return Math.round(minor / MINOR_PER_MAJOR);
}

/** The total of each money column in whole units — the fixed one, else the sum — null for the other columns. */
export function columnTotals(table: Pick<SheetTable, "columns" | "rows" | "fixedTotals">): Array<number | null> {
  return table.columns.map((column, index) => {
    if (column.type !== "money") return null;
    if (table.fixedTotals) return wholeUnits(table.fixedTotals[index] ?? 0);
    return table.rows.reduce((sum, row) => sum + wholeUnits(Number(row[index] ?? 0)), 0);
  });
}

export const SPREADSHEET_FORMATS = ["xlsx", "csv"] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

/** `2024-05-01` or `2024-05-01T10:00:00.000Z` → UTC midnight of that day, so no time zone moves it. */
export function isoDayToDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Minor units per major unit; every currency the domain knows has two decimals. */
export const MINOR_PER_MAJOR = 100;
