import {
  budgetCellKey, budgetGridCells, budgetGridChanges, budgetGridTotals, SaveBudgetGridInputSchema,
  type BudgetGridAmount, type BudgetGridCell, type BudgetGridCellInput, type BudgetGridCellRef, type BudgetGridEdit, type BudgetGridLine,
  type BudgetGridRow, type Currency,
} from "@samspill/domain";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "../../app/trpc";
import { errorCodeOf, type ClientErrorCode } from "../../shared/errors/error-code";
import { fieldProblemsOf, schemaProblems, type FieldProblem } from "../../shared/errors/field-problems";
import { useLanguage } from "../../shared/language/use-language";
import { amountInputText, parseAmountInput, pastedBlock } from "./amount-input";

// The state of a budget grid: what the user typed per cell (only the cells they touched), the
// cells' amounts and totals as they would be saved, and one save of every changed cell.

export interface GridRow {
  key: string;
  row: BudgetGridRow;
  /** The row's name in its group: a funding source, or a measure's number and title. */
  label: string;
  /** The group it belongs to (a municipality's part), named above its first row. */
  group?: string;
  editable: boolean;
}

export interface GridFailure {
  code: ClientErrorCode;
  reason: string | null;
}

interface BudgetGridOptions {
  lines: readonly BudgetGridLine[];
  currency: Currency;
  rows: readonly GridRow[];
  years: readonly number[];
  /** The lines as they are now on the server, after someone else's change. */
  latest: () => Promise<readonly BudgetGridLine[]>;
  onSaved: () => Promise<unknown>;
}

const refOf = (row: BudgetGridRow, year: number): BudgetGridCellRef => ({ ...row, year });

export function useBudgetGrid({ lines, currency, rows, years, latest, onSaved }: BudgetGridOptions) {
  const { language } = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.measures.saveBudgetGrid.mutationOptions());
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [problems, setProblems] = useState<ReadonlyMap<string, FieldProblem>>(new Map());
  const [failure, setFailure] = useState<GridFailure | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const cells = useMemo(() => budgetGridCells(lines, currency), [lines, currency]);

  const refs = useMemo(() => {
    const all = new Map<string, BudgetGridCellRef>();
    for (const { row } of rows) for (const year of years) all.set(budgetCellKey(refOf(row, year)), refOf(row, year));
    return all;
  }, [rows, years]);

  const textOf = (key: string): string => {
    const draft = drafts.get(key);
    if (draft !== undefined) return draft;
    const cell = cells.get(key);
    return cell?.kind === "line" ? amountInputText(cell.amountMinor, language) : "";
  };
  const cellOf = (key: string): BudgetGridCell | undefined => cells.get(key);

  const edits: BudgetGridEdit[] = [];
  const unreadable = new Map<string, FieldProblem>();
  for (const [key, text] of drafts) {
    const ref = refs.get(key);
    if (!ref) continue;
    const amountMinor = parseAmountInput(text, language);
    if (amountMinor === "invalid") unreadable.set(key, { code: "not_an_amount", params: {} });
    else edits.push({ ...ref, amountMinor });
  }
  const changes = budgetGridChanges(cells, edits, currency);

  // The totals of what the grid would hold once saved, by the measure's own budget totals.
  const amounts: BudgetGridAmount[] = [];
  for (const [key, ref] of refs) {
    const cell = cells.get(key);
    if (cell?.kind === "fixed") {
      for (const amount of cell.amounts) amounts.push({ ...ref, amount });
      continue;
    }
    const typed = drafts.has(key) ? parseAmountInput(drafts.get(key) ?? "", language) : undefined;
    const amountMinor = typed === undefined ? (cell?.amountMinor ?? null) : typed === "invalid" ? null : typed;
    if (amountMinor !== null) amounts.push({ ...ref, amount: { amountMinor, currency } });
  }
  const totals = budgetGridTotals(amounts);

  function type(key: string, text: string) {
    setDrafts((current) => new Map(current).set(key, text));
    setSaved(null);
    if (problems.has(key)) setProblems((current) => { const next = new Map(current); next.delete(key); return next; });
  }

  /** A block pasted into one cell fills the grid from there, right and down; what does not fit is counted. */
  function paste(rowIndex: number, yearIndex: number, text: string): { filled: number; left: number } {
    const block = pastedBlock(text);
    const next = new Map(drafts);
    let filled = 0;
    let left = 0;
    block.forEach((values, r) =>
      values.forEach((value, c) => {
        const target = rows[rowIndex + r];
        const year = years[yearIndex + c];
        if (!target?.editable || year === undefined || cells.get(budgetCellKey(refOf(target.row, year)))?.kind === "fixed") {
          left += 1;
          return;
        }
        next.set(budgetCellKey(refOf(target.row, year)), value);
        filled += 1;
      }),
    );
    setDrafts(next);
    setSaved(null);
    return { filled, left };
  }

  /** The grid's cell a field path of the sent cells points at (`cells.3.amount` → the fourth sent). */
  function keyOfPath(sent: readonly BudgetGridCellInput[], path: string): string | null {
    const match = /^cells\.(\d+)/.exec(path);
    const cell = match ? sent[Number(match[1])] : undefined;
    return cell ? budgetCellKey(cell) : null;
  }

  async function send(sent: BudgetGridCellInput[]): Promise<boolean> {
    setFailure(null);
    const checked = schemaProblems(SaveBudgetGridInputSchema, { cells: sent }, (path) => keyOfPath(sent, path));
    if (Object.keys(checked).length > 0) {
      setProblems(new Map(Object.entries(checked)));
      return false;
    }
    try {
      await mutation.mutateAsync({ cells: sent });
    } catch (error) {
      const byCell = fieldProblemsOf(error, (path) => keyOfPath(sent, path));
      setProblems(new Map(Object.entries(byCell)));
      const data = (error as { data?: { reason?: unknown } }).data;
      setFailure({ code: errorCodeOf(error), reason: typeof data?.reason === "string" ? data.reason : null });
      return false;
    }
    setDrafts(new Map());
    setProblems(new Map());
    setSaved(sent.length);
    await onSaved();
    return true;
  }

  async function save(): Promise<boolean> {
    setSaved(null);
    if (unreadable.size > 0) {
      setProblems(unreadable);
      setFailure(null);
      return false;
    }
    if (changes.length === 0) return true;
    return send(changes);
  }

  return {
    cells,
    textOf,
    cellOf,
    totals,
    changed: changes.length + unreadable.size,
    problems,
    failure,
    saved,
    pending: mutation.isPending,
    type,
    paste,
    save,
    /** Someone else saved first: drop what was typed and show theirs. */
    async reload() {
      setDrafts(new Map());
      setProblems(new Map());
      setFailure(null);
      await latest();
    },
    /** Someone else saved first: what this user typed, again, on the lines as they are now. */
    async reapply() {
      const fresh = await latest();
      return send(budgetGridChanges(budgetGridCells(fresh, currency), edits, currency));
    },
  };
}

export type BudgetGridState = ReturnType<typeof useBudgetGrid>;
