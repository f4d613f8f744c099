import type { Executor } from "../shared/executor.js";
import type { BudgetLineRow, NewBudgetLine } from "./budget-line.table.js";

/** A measure's budget lines, including those of its parts (`partId` set), by year. */
export async function listBudgetLines(db: Executor, measureId: string): Promise<BudgetLineRow[]> {
  return db
    .selectFrom("budgetLine")
    .selectAll()
    .where("measureId", "=", measureId)
    .orderBy("year")
    .orderBy("fundingSource")
    .orderBy("id")
    .execute();
}

/** The budget lines of several measures in one query (a programme's, for its document). */
export async function listBudgetLinesOfMeasures(db: Executor, measureIds: readonly string[]): Promise<BudgetLineRow[]> {
  if (measureIds.length === 0) return [];
  return db
    .selectFrom("budgetLine")
    .selectAll()
    .where("measureId", "in", [...measureIds])
    .orderBy("measureId")
    .orderBy("year")
    .orderBy("fundingSource")
    .orderBy("id")
    .execute();
}

export async function insertBudgetLine(db: Executor, values: NewBudgetLine): Promise<BudgetLineRow> {
  return db.insertInto("budgetLine").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function deleteBudgetLine(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom("budgetLine").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The lines in one cell of the budget grid: a measure's (or one part's) year from one funding source. */
export async function listBudgetLinesInCell(
  db: Executor,
  cell: { measureId: string; partId: string | null; fundingSource: BudgetLineRow["fundingSource"]; year: number },
): Promise<BudgetLineRow[]> {
  let query = db
    .selectFrom("budgetLine")
    .selectAll()
    .where("measureId", "=", cell.measureId)
    .where("fundingSource", "=", cell.fundingSource)
    .where("year", "=", cell.year);
  query = cell.partId === null ? query.where("partId", "is", null) : query.where("partId", "=", cell.partId);
  return query.orderBy("id").execute();
}
