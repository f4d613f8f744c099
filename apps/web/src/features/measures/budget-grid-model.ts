import {
  budgetCellKey, budgetGridChanges, budgetGridTotals,
  type BudgetGridAmount, type BudgetGridCell, type BudgetGridCellInput, type BudgetGridCellRef, type BudgetGridEdit, type BudgetGridRow,
  type BudgetGridTotals, type Currency,
} from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import type { FieldProblem } from "../../shared/forms";
import { parseAmountInput, pastedBlock } from "../../shared/figures/amount-input";

// A budget grid without React: the cells its rows and years make, what the user typed turned
// into the changes to send and the totals to show (the domain's, for both), and a pasted block.

export interface GridRow {
  key: string;
  row: BudgetGridRow;
  /** The row's name in its group: a funding source, or a measure's number and title. */
  label: string;
  /** The group it belongs to (a municipality's part), named above its first row. */
  group?: string;
  editable: boolean;
}

/** Every cell of the rows × years, by `budgetCellKey`. */
export function cellRefs(rows: readonly GridRow[], years: readonly number[]): Map<string, BudgetGridCellRef> {
  const refs = new Map<string, BudgetGridCellRef>();
  for (const { row } of rows) for (const year of years) refs.set(budgetCellKey({ ...row, year }), { ...row, year });
  return refs;
}

export interface GridView {
  edits: BudgetGridEdit[];
  /** Cells whose text is no amount, as field problems. */
  unreadable: Map<string, FieldProblem>;
  changes: BudgetGridCellInput[];
  totals: BudgetGridTotals;
}

/** What the typed texts (`drafts`, by cell key) change, and the totals the grid would have once they are saved. */
export function gridView(
  cells: ReadonlyMap<string, BudgetGridCell>,
  refs: ReadonlyMap<string, BudgetGridCellRef>,
  drafts: ReadonlyMap<string, string>,
  currency: Currency,
  language: Language,
): GridView {
  const typed = new Map<string, number | null | "invalid">();
  for (const [key, text] of drafts) if (refs.has(key)) typed.set(key, parseAmountInput(text, language));
  const edits: BudgetGridEdit[] = [];
  const unreadable = new Map<string, FieldProblem>();
  const amounts: BudgetGridAmount[] = [];
  for (const [key, ref] of refs) {
    const cell = cells.get(key);
    if (cell?.kind === "fixed") {
      for (const amount of cell.amounts) amounts.push({ ...ref, amount });
      continue;
    }
    const value = typed.get(key);
    if (value === "invalid") unreadable.set(key, { code: "not_an_amount", params: {} });
    else if (value !== undefined) edits.push({ ...ref, amountMinor: value });
    const amountMinor = value === undefined ? (cell?.amountMinor ?? null) : value === "invalid" ? null : value;
    if (amountMinor !== null) amounts.push({ ...ref, amount: { amountMinor, currency } });
  }
  return { edits, unreadable, changes: budgetGridChanges(cells, edits, currency), totals: budgetGridTotals(amounts) };
}

export interface Pasted {
  drafts: Map<string, string>;
  filled: number;
  /** Values that fell outside the grid, or on a cell the user may not change. */
  left: number;
}

/** A block pasted into the cell at (rowIndex, yearIndex) fills the grid from there, right and down. */
export function pasteBlock(
  text: string,
  at: { rowIndex: number; yearIndex: number },
  grid: { rows: readonly GridRow[]; years: readonly number[]; cells: ReadonlyMap<string, BudgetGridCell>; drafts: ReadonlyMap<string, string> },
): Pasted {
  const drafts = new Map(grid.drafts);
  let filled = 0;
  let left = 0;
  pastedBlock(text).forEach((values, r) =>
    values.forEach((value, c) => {
      const target = grid.rows[at.rowIndex + r];
      const year = grid.years[at.yearIndex + c];
      const key = target && year !== undefined ? budgetCellKey({ ...target.row, year }) : null;
      if (!target?.editable || key === null || grid.cells.get(key)?.kind === "fixed") {
        left += 1;
        return;
      }
      drafts.set(key, value);
      filled += 1;
    }),
  );
  return { drafts, filled, left };
}

/** The grid cell a field path of the sent cells points at: `cells.3.amount` → the fourth cell sent. */
export function cellOfPath(sent: readonly BudgetGridCellInput[], path: string): string | null {
  const match = /^cells\.(\d+)/.exec(path);
  const cell = match ? sent[Number(match[1])] : undefined;
  return cell ? budgetCellKey(cell) : null;
}
