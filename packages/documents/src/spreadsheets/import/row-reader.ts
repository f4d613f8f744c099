import { AmountMinorSchema, type Currency, type FundingSource } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import { writtenDate } from "../cell-formats.js";
import type { MeasureColumnKey } from "../measure-columns.js";
import { MINOR_PER_MAJOR } from "../sheet-table.js";
import type { Choices } from "./choices.js";
import { MEASURE_LAYOUT, type ColumnMap, type SheetLayout } from "./header-map.js";
import type { ImportBudgetLine, ImportProblem, ImportProblemReason } from "./import-types.js";
import type { SheetCell, SheetRow } from "./read-sheet.js";
import { isoOfDate, parseAmountText, parsePercentText, parseSerialDate, parseTextDate } from "./value-parsers.js";

// Reads the typed values of one row and writes down every problem it meets, by row number
// and the column's heading, instead of stopping at the first: the preview lists them all.

const EMPTY: SheetCell = { kind: "empty" };
const DATE_EXAMPLE = new Date(Date.UTC(2024, 11, 31));

export class RowReader<K extends string = MeasureColumnKey> {
  constructor(
    readonly row: SheetRow,
    private readonly columns: ColumnMap<K>,
    private readonly problems: ImportProblem[],
    private readonly lang: Language,
    private readonly currency: Currency,
    private readonly layout: SheetLayout<K> = MEASURE_LAYOUT as unknown as SheetLayout<K>,
  ) {}

  /** The programme's currency, which a part's budget share is in. */
  get currencyOfShare(): Currency {
    return this.currency;
  }

  get rowNumber(): number {
    return this.row.rowNumber;
  }

  header(key: K): string {
    return this.columns.fixed.get(key)?.header ?? this.layout.header(key, this.lang, this.currency);
  }

  cell(key: K): SheetCell {
    const mapped = this.columns.fixed.get(key);
    return mapped ? (this.row.cells.get(mapped.column) ?? EMPTY) : EMPTY;
  }

  filled(key: K): boolean {
    return this.cell(key).kind !== "empty";
  }

  report(key: K, reason: ImportProblemReason, params: ImportProblem["params"] = {}): void {
    this.reportAt(this.header(key), reason, params);
  }

  reportAt(column: string, reason: ImportProblemReason, params: ImportProblem["params"] = {}): void {
    this.problems.push({ row: this.rowNumber, column, reason, params });
  }

  /** The cell as a person reads it, for text columns and the preview; errors are reported. */
  text(key: K, max = 20_000): string {
    const cell = this.cell(key);
    const text = this.display(cell);
    if (cell.kind === "error") this.report(key, "cell_error");
    else if (text.length > max) this.report(key, "too_long", { max });
    return text;
  }

  /** The cell's text without reporting anything, for the preview of a broken row. */
  peek(key: K): string {
    return this.display(this.cell(key));
  }

  private display(cell: SheetCell): string {
    switch (cell.kind) {
      case "text":
        return cell.text;
      case "number":
        return String(cell.value);
      case "date":
        return isoOfDate(cell.date) ?? "";
      case "boolean":
        return String(cell.value);
      case "empty":
      case "error":
        return "";
    }
  }

  /** A text that must be there; a column missing altogether is reported once, for the heading row. */
  required(key: K, max: number): string | null {
    if (!this.columns.fixed.has(key)) return null;
    if (!this.filled(key)) {
      this.report(key, "required");
      return null;
    }
    const text = this.text(key, max);
    return text.length > max ? null : text;
  }

  date(key: K): string | null {
    const cell = this.cell(key);
    if (cell.kind === "empty") return null;
    const iso =
      cell.kind === "date" ? isoOfDate(cell.date)
      : cell.kind === "text" ? parseTextDate(cell.text)
      : cell.kind === "number" ? parseSerialDate(cell.value)
      : null;
    if (iso === null) this.report(key, "invalid_date", { example: writtenDate(DATE_EXAMPLE, this.lang) });
    return iso;
  }

  /** A whole percentage 0–100: a `%`-formatted cell holds a fraction, a plain one the percent. */
  percent(key: K): number | null {
    const cell = this.cell(key);
    if (cell.kind === "empty") return null;
    const value =
      cell.kind === "number" ? (cell.percent ? cell.value * 100 : cell.value)
      : cell.kind === "text" ? parsePercentText(cell.text)
      : null;
    const whole = value === null ? NaN : Math.round(value);
    if (value === null || Math.abs(value - whole) > 1e-6 || whole < 0 || whole > 100) {
      this.report(key, "invalid_progress");
      return null;
    }
    return whole;
  }

  /** Minor units of an amount written in major units, with at most two decimals. */
  amountIn(cell: SheetCell, column: string): number | null {
    if (cell.kind === "empty") return null;
    const major = cell.kind === "number" ? cell.value : cell.kind === "text" ? parseAmountText(cell.text) : null;
    if (major === null) {
      this.reportAt(column, cell.kind === "error" ? "cell_error" : "invalid_number");
      return null;
    }
    if (major < 0) {
      this.reportAt(column, "negative_amount");
      return null;
    }
    const scaled = major * MINOR_PER_MAJOR;
    const minor = Math.round(scaled);
    if (Math.abs(scaled - minor) > 1e-6) {
      this.reportAt(column, "too_many_decimals");
      return null;
    }
    if (!AmountMinorSchema.safeParse(minor).success) {
      this.reportAt(column, "invalid_number");
      return null;
    }
    return minor;
  }

  amount(key: K): number | null {
    return this.amountIn(this.cell(key), this.header(key));
  }

  /** A choice by label or code; `fallback` when empty, undefined (reported) when unknown. */
  choice<T extends string>(key: K, choices: Choices<T>, fallback: T): T | undefined {
    if (!this.filled(key)) return fallback;
    const found = choices.find(this.text(key));
    if (found === undefined) this.report(key, "invalid_choice", { allowed: choices.allowed(this.lang) });
    return found;
  }

  /** Cells that must stay empty on this kind of row. */
  forbid(keys: readonly K[], reason: ImportProblemReason): void {
    for (const key of keys) if (this.filled(key)) this.report(key, reason);
  }

  /** One budget line per filled year column, all with the row's funding source. */
  budgetLines(fundingSource: FundingSource): ImportBudgetLine[] {
    const lines: ImportBudgetLine[] = [];
    for (const column of this.columns.budget) {
      const amountMinor = this.amountIn(this.row.cells.get(column.column) ?? EMPTY, column.header);
      if (amountMinor !== null) lines.push({ year: column.year, amountMinor, currency: column.currency, fundingSource });
    }
    return lines;
  }
}
