import type { Currency } from "@samspill/domain";

// A spreadsheet as plain data: typed columns and rows of values, written to XLSX or CSV by the
// writers beside this file. Builders fill it from domain data; nothing here knows a measure.

/**
 * How a column's values are stored and shown:
 * - `text`: a string;
 * - `date`: an ISO date `YYYY-MM-DD` (a timestamp's day is taken), a real Excel date;
 * - `integer`: a whole number such as a year or a count;
 * - `percent`: 0–100 as stored for progress, shown as a percentage;
 * - `money`: minor units (øre/öre), written in major units with the currency's format.
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
