import { budgetGridCells, budgetGridChanges, SaveBudgetGridInputSchema, type BudgetGridCellInput, type BudgetGridLine, type Currency } from "@samspill/domain";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "../../app/trpc";
import { formProblemOf, inputProblem, schemaProblems, type FormProblem } from "../../shared/forms";
import { useLanguage } from "../../shared/language/use-language";
import { amountInputText } from "../../shared/figures/amount-input";
import { cellOfPath, cellRefs, gridView, pasteBlock, type GridRow } from "./budget-grid-model";

export type { GridRow } from "./budget-grid-model";

interface BudgetGridOptions {
  lines: readonly BudgetGridLine[];
  currency: Currency;
  rows: readonly GridRow[];
  years: readonly number[];
  /** The lines as they are now on the server, after someone else's change. */
  latest: () => Promise<readonly BudgetGridLine[]>;
  onSaved: () => Promise<unknown>;
}

/**
 * A budget grid's state: what the user typed in the cells they touched, the changes and totals
 * that makes (`gridView`), and one save of every changed cell. A refusal keeps the typing and
 * names the cells (`problem.fields`, by cell key); after a conflict, "apply again" sends the
 * user's cells on the lines as they are now, leaving the cells they did not touch as others left them.
 */
export function useBudgetGrid({ lines, currency, rows, years, latest, onSaved }: BudgetGridOptions) {
  const { language } = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.measures.saveBudgetGrid.mutationOptions());
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const cells = useMemo(() => budgetGridCells(lines, currency), [lines, currency]);
  const refs = useMemo(() => cellRefs(rows, years), [rows, years]);
  const view = gridView(cells, refs, drafts, currency, language);

  function refused(next: FormProblem | null) {
    setProblem(next);
    setAttempt((count) => count + 1);
    return false;
  }

  async function send(sent: BudgetGridCellInput[]): Promise<boolean> {
    const fieldOf = (path: string) => cellOfPath(sent, path);
    const checked = inputProblem(schemaProblems(SaveBudgetGridInputSchema, { cells: sent }, fieldOf));
    if (checked) return refused(checked);
    try {
      await mutation.mutateAsync({ cells: sent });
    } catch (error) {
      return refused(formProblemOf(error, { fieldOf }));
    }
    setDrafts(new Map());
    setProblem(null);
    setSaved(sent.length);
    await onSaved();
    return true;
  }

  return {
    /** The currency a cell's amount is entered in: the programme's. */
    currency,
    textOf: (key: string) => {
      const draft = drafts.get(key);
      if (draft !== undefined) return draft;
      const cell = cells.get(key);
      return cell?.kind === "line" ? amountInputText(cell.amountMinor, language) : "";
    },
    cellOf: (key: string) => cells.get(key),
    totals: view.totals,
    /** Cells changed or typed wrong, not yet saved. */
    changed: view.changes.length + view.unreadable.size,
    problem,
    attempt,
    saved,
    pending: mutation.isPending,
    type(key: string, text: string) {
      setDrafts((current) => new Map(current).set(key, text));
      setSaved(null);
    },
    paste(rowIndex: number, yearIndex: number, text: string) {
      const pasted = pasteBlock(text, { rowIndex, yearIndex }, { rows, years, cells, drafts });
      setDrafts(pasted.drafts);
      setSaved(null);
      return pasted;
    },
    async save(): Promise<boolean> {
      setSaved(null);
      if (view.unreadable.size > 0) return refused(inputProblem(Object.fromEntries(view.unreadable)));
      if (view.changes.length === 0) return true;
      return send(view.changes);
    },
    /** Someone else saved first: drop what was typed and show theirs. */
    async reload() {
      setDrafts(new Map());
      setProblem(null);
      await latest();
    },
    /** Someone else saved first: what this user typed, again, on the lines as they are now. */
    async reapply() {
      const fresh = await latest();
      return send(budgetGridChanges(budgetGridCells(fresh, currency), view.edits, currency));
    },
  };
}

export type BudgetGridState = ReturnType<typeof useBudgetGrid>;
