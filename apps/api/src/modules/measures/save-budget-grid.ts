import { deleteBudgetLine, findBudgetLineById, insertBudgetLine, listBudgetLinesInCell, updateWithVersion, type Executor } from "@samspill/db";
import { DomainError, isDomainError, SaveBudgetGridInputSchema, type BudgetGridCellInput } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation, type Audit } from "../../trpc/mutation.js";
import { BUDGET_LINE_ACTIONS, editableBudgetTarget, type BudgetTarget } from "./budget-line-access.js";
import type { Authorize } from "./measure-access.js";
import { budgetLineView } from "./measure-view.js";

// Every changed cell of a budget grid (see budget-grid.ts in the domain: a cell is one line) in
// one transaction: a new amount adds the cell's line, a changed one updates it and an emptied
// one removes it, each line at the version read. A refused cell is named (`cells.<n>`) and
// nothing is written.

/** A line that moved or went since the grid was read: someone else changed the cell. */
function cellMoved(cell: BudgetGridCellInput, currentVersion: number | null): DomainError {
  return new DomainError("CONFLICT", {
    reason: "version_mismatch",
    params: { table: "budgetLine", id: cell.line?.id ?? null, expectedVersion: cell.line?.version ?? null, currentVersion },
  });
}

/** The cell's index on a refusal about its input or its line, so the grid can name it. */
function inCell(index: number, error: unknown): unknown {
  if (!isDomainError(error) || (error.code !== "INVALID_INPUT" && error.code !== "CONFLICT")) return error;
  const inner = typeof error.params?.field === "string" ? `.${error.params.field}` : "";
  return new DomainError(error.code, { reason: error.reason, params: { ...error.params, field: `cells.${index}${inner}` }, cause: error });
}

async function saveCell(trx: Executor, audit: Audit, target: BudgetTarget, cell: BudgetGridCellInput) {
  const { organisationId } = target;
  if (cell.line === null) {
    // An empty cell that someone filled meanwhile is theirs to keep: a conflict, not a second line.
    const present = await listBudgetLinesInCell(trx, cell);
    if (present.length > 0 || cell.amount === null) throw cellMoved(cell, present[0]?.version ?? null);
    const line = await insertBudgetLine(trx, {
      measureId: cell.measureId, partId: cell.partId, year: cell.year, fundingSource: cell.fundingSource,
      amountMinor: cell.amount.amountMinor, currency: cell.amount.currency,
    });
    const after = budgetLineView(line);
    await audit({ action: "budget_line.added", subjectType: "budget_line", subjectId: line.id, organisationId, after });
    return;
  }
  const line = await findBudgetLineById(trx, cell.line.id);
  if (!line) throw cellMoved(cell, null);
  const same = line.measureId === cell.measureId && line.partId === cell.partId && line.fundingSource === cell.fundingSource && line.year === cell.year;
  if (!same) throw new DomainError("INVALID_INPUT", { reason: "budget_line_not_in_cell", params: { field: "line" } });
  const before = budgetLineView(line);
  if (cell.amount === null) {
    await updateWithVersion(trx, "budgetLine", line.id, cell.line.version, {});
    await deleteBudgetLine(trx, line.id);
    await audit({ action: "budget_line.removed", subjectType: "budget_line", subjectId: line.id, organisationId, before });
    return;
  }
  const updated = await updateWithVersion(trx, "budgetLine", line.id, cell.line.version, { amountMinor: cell.amount.amountMinor, currency: cell.amount.currency });
  await audit({ action: "budget_line.updated", subjectType: "budget_line", subjectId: line.id, organisationId, before, after: budgetLineView(updated) });
}

/** Each measure or part asked about once, however many of its cells changed. */
function targets(trx: Executor, authorize: Authorize) {
  const known = new Map<string, BudgetTarget>();
  return async (cell: BudgetGridCellInput) => {
    const key = `${cell.measureId}|${cell.partId ?? ""}`;
    const found = known.get(key) ?? (await editableBudgetTarget(trx, authorize, cell.measureId, cell.partId));
    known.set(key, found);
    return found;
  };
}

export const saveBudgetGrid = procedure
  .meta({ permission: { actions: BUDGET_LINE_ACTIONS } })
  .input(SaveBudgetGridInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const targetOf = targets(trx, ctx.authorize);
      for (const [index, cell] of input.cells.entries()) {
        try {
          await saveCell(trx, audit, await targetOf(cell), cell);
        } catch (error) {
          throw inCell(index, error);
        }
      }
      return { saved: input.cells.length };
    }),
  );
