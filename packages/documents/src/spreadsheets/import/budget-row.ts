import { FUNDING_CHOICES } from "./choices.js";
import type { ImportBudgetLine } from "./import-types.js";
import type { RowReader } from "./row-reader.js";

// A row of another funding source: the budget years of one more source for the measure or
// part on the row right above it (a row holds one source, and a measure may have several).

/** The row above (null when there is none); its item is null when that row has a problem. */
export type BudgetTarget = { item: { budget: ImportBudgetLine[] } | null } | null;

const NOT_ON_BUDGET_ROWS = [
  "focusArea", "goals", "description", "scope", "municipality", "responsibleOrganisation", "responsiblePerson", "contactEmail",
  "startDate", "endDate", "status", "progress", "sdgGoals", "budgetShare",
] as const;

export function readBudgetRow(reader: RowReader, target: BudgetTarget): void {
  if (target === null) reader.report("kind", "budget_without_row");
  reader.forbid(NOT_ON_BUDGET_ROWS, "not_for_budget_rows");
  if (!reader.filled("fundingSource")) {
    reader.report("fundingSource", "required");
    return;
  }
  const source = reader.choice("fundingSource", FUNDING_CHOICES, "council_funds");
  if (source === undefined) return;
  const lines = reader.budgetLines(source);
  target?.item?.budget.push(...lines);
}
