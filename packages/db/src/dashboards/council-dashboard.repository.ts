import { CURRENT_PROGRAMME_STATUSES, type Currency, type FundingSource } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// The planned budget on a council's dashboard: the budget lines of the measures of its current
// programmes (adopted, not superseded). Its reporting and status figures come from ../figures.

export interface BudgetTotal {
  fundingSource: FundingSource;
  year: number;
  currency: Currency;
  amountMinor: number;
}

/** Budget by funding source, year and currency. One query. */
export async function listCouncilBudget(db: Executor, councilId: string): Promise<BudgetTotal[]> {
  const rows = await db
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
    .orderBy("budgetLine.currency")
    .execute();
  return rows.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) }));
}
