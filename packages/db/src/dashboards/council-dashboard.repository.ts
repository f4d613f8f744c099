import { CURRENT_PROGRAMME_STATUSES, type Currency, type FundingSource } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { keptQuery } from "../shared/kept-query.js";

// The planned budget on a council's dashboard: the budget lines of the measures of its current
// programmes (adopted, not superseded). Its reporting and status figures come from ../figures.

export interface BudgetTotal {
  fundingSource: FundingSource;
  year: number;
  currency: Currency;
  amountMinor: number;
}

// Asked on every view of the council's dashboard: built and compiled once.
const budgetOfCurrentProgrammes = keptQuery((db: Executor, councilId: string) =>
  db
    .selectFrom("budgetLine")
    .innerJoin("measure", "measure.id", "budgetLine.measureId")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .select(["budgetLine.fundingSource", "budgetLine.year", "budgetLine.currency"])
    .select((eb) => eb.fn.sum<string>("budgetLine.amountMinor").as("amountMinor"))
    .where("programme.ownerId", "=", councilId)
    .where("programme.status", "in", [...CURRENT_PROGRAMME_STATUSES])
    .groupBy(["budgetLine.fundingSource", "budgetLine.year", "budgetLine.currency"])
    .orderBy("budgetLine.year")
    .orderBy("budgetLine.fundingSource")
    .orderBy("budgetLine.currency"));

/** Budget by funding source, year and currency. One query. */
export async function listCouncilBudget(db: Executor, councilId: string): Promise<BudgetTotal[]> {
  const rows = await budgetOfCurrentProgrammes(db, councilId);
  return rows.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) }));
}
