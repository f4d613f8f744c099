import { z } from "zod";
import type { Currency, FundingSource } from "../shared/enums";
import { MoneySchema, type Money } from "../shared/money";
import { IdSchema, VersionSchema, YearSchema } from "../shared/primitives";
import { FundingSourceSchema } from "./budget-line";
import { budgetTotals, type BudgetTotals } from "./budget-totals";

// The budget as a grid: a row per funding source of a measure or of one municipality's part,
// a column per year. A budget line is one year's amount from one source, so a cell (measure,
// part, source, year) is one line in the programme's currency: a new amount adds the line, a
// changed one updates it, an emptied cell removes it. Lines entered one at a time may share a
// cell (two descriptions) or be in another currency (a cross-border project); such a cell is
// shown with its lines' sum but not edited in the grid, so a save never merges or drops a line.

export interface BudgetGridRow {
  measureId: string;
  /** Set when the row is one municipality's part of a shared measure. */
  partId: string | null;
  fundingSource: FundingSource;
}

export interface BudgetGridCellRef extends BudgetGridRow {
  year: number;
}

export function budgetRowKey(row: BudgetGridRow): string {
  return `${row.measureId}|${row.partId ?? ""}|${row.fundingSource}`;
}

export function budgetCellKey(cell: BudgetGridCellRef): string {
  return `${budgetRowKey(cell)}|${cell.year}`;
}

export interface BudgetGridLine extends BudgetGridCellRef {
  id: string;
  amount: Money;
  version: number;
}

/** A cell the grid edits (empty cells are absent), or one it only shows (`fixed`). */
export type BudgetGridCell =
  | { kind: "line"; line: { id: string; version: number }; amountMinor: number }
  | { kind: "fixed"; amounts: Money[] };

/** The cells the lines fill, by `budgetCellKey`; editable where one line in `currency` fills it. */
export function budgetGridCells(lines: readonly BudgetGridLine[], currency: Currency): Map<string, BudgetGridCell> {
  const byCell = new Map<string, BudgetGridLine[]>();
  for (const line of lines) {
    const key = budgetCellKey(line);
    byCell.set(key, [...(byCell.get(key) ?? []), line]);
  }
  const cells = new Map<string, BudgetGridCell>();
  for (const [key, found] of byCell) {
    const [only] = found;
    cells.set(
      key,
      found.length === 1 && only && only.amount.currency === currency
        ? { kind: "line", line: { id: only.id, version: only.version }, amountMinor: only.amount.amountMinor }
        : { kind: "fixed", amounts: budgetTotals(found).total },
    );
  }
  return cells;
}

export const BudgetGridCellInputSchema = z.strictObject({
  measureId: IdSchema,
  partId: IdSchema.nullable(),
  fundingSource: FundingSourceSchema,
  year: YearSchema,
  /** The cell's new amount; null empties the cell, which removes its line. */
  amount: MoneySchema.nullable(),
  /** The line the cell held when it was read, at that version; null when it was empty. */
  line: z.strictObject({ id: IdSchema, version: VersionSchema }).nullable(),
});
export type BudgetGridCellInput = z.infer<typeof BudgetGridCellInputSchema>;

/** Every changed cell of one grid, written together or not at all. */
export const SaveBudgetGridInputSchema = z
  .strictObject({ cells: z.array(BudgetGridCellInputSchema).min(1).max(2000) })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.cells.forEach((cell, index) => {
      const key = budgetCellKey(cell);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["cells", index], message: "the cell is given twice", params: { reason: "budget_cell_twice" } });
      seen.add(key);
      if (cell.amount === null && cell.line === null) {
        ctx.addIssue({ code: "custom", path: ["cells", index, "amount"], message: "an empty cell stays empty", params: { reason: "budget_cell_unchanged" } });
      }
    });
  });
export type SaveBudgetGridInput = z.infer<typeof SaveBudgetGridInputSchema>;

/** What the user typed into a cell: an amount in minor units, or null when they emptied it. */
export type BudgetGridEdit = BudgetGridCellRef & { amountMinor: number | null };

/**
 * The cells to send: the edits that change what the grid held. A fixed cell is never sent, an
 * amount typed back to what it was is no change, and an empty cell left empty is none either.
 */
export function budgetGridChanges(
  cells: ReadonlyMap<string, BudgetGridCell>,
  edits: readonly BudgetGridEdit[],
  currency: Currency,
): BudgetGridCellInput[] {
  return edits.flatMap((edit) => {
    const { amountMinor, ...ref } = edit;
    const cell = cells.get(budgetCellKey(ref));
    if (cell?.kind === "fixed") return [];
    if (cell && cell.amountMinor === amountMinor) return [];
    if (!cell && amountMinor === null) return [];
    const amount = amountMinor === null ? null : { amountMinor, currency };
    return [{ ...ref, amount, line: cell ? cell.line : null }];
  });
}

/** An amount in a cell, for the totals. */
export type BudgetGridAmount = BudgetGridCellRef & { amount: Money };

export interface BudgetGridTotals {
  /** Per row, by `budgetRowKey`, per currency. */
  rows: Map<string, Money[]>;
  byYear: BudgetTotals["byYear"];
  total: Money[];
}

/** A grid's row, year and grand totals, each the measure's budget totals of the cells concerned. */
export function budgetGridTotals(amounts: readonly BudgetGridAmount[]): BudgetGridTotals {
  const byRow = new Map<string, BudgetGridAmount[]>();
  for (const amount of amounts) {
    const key = budgetRowKey(amount);
    byRow.set(key, [...(byRow.get(key) ?? []), amount]);
  }
  const all = budgetTotals(amounts);
  return {
    rows: new Map([...byRow].map(([key, row]) => [key, budgetTotals(row).total])),
    byYear: all.byYear,
    total: all.total,
  };
}

type Period = { start: string | null; end: string | null };

/** The first and last year of a period, null where it is open. */
function periodYears(period: Period): { first: number | null; last: number | null } {
  return { first: period.start ? Number(period.start.slice(0, 4)) : null, last: period.end ? Number(period.end.slice(0, 4)) : null };
}

/**
 * The years a grid shows: every year of the period (the measure's, else its programme's) and
 * any year a line already has outside it, in order.
 */
export function budgetGridYears(period: Period, lines: ReadonlyArray<{ year: number }>): number[] {
  const years = new Set(lines.map((line) => line.year));
  const { first, last } = periodYears(period);
  if (first !== null && last !== null) for (let year = first; year <= last; year += 1) years.add(year);
  else if (first !== null) years.add(first);
  else if (last !== null) years.add(last);
  return [...years].sort((a, b) => a - b);
}

/** The years of a grid that lie outside the period, shown only because lines are entered for them. */
export function yearsOutsidePeriod(period: Period, years: readonly number[]): number[] {
  const { first, last } = periodYears(period);
  return years.filter((year) => (first !== null && year < first) || (last !== null && year > last));
}
