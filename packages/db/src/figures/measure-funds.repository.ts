import type { ApprovedSpending, MeasureBudgetAmount } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// The facts of a measure's own money figures (packages/domain/FIGURES.md, "A measure's budget and
// spending"): its budget lines and its parts', summed per year, and the approved spending lines on
// it and its parts. The domain's `measureYearFunds` sets them against each other. Two queries.

export interface MeasureMoneyFacts {
  budget: MeasureBudgetAmount[];
  spending: ApprovedSpending[];
}

export async function loadMeasureMoney(db: Executor, measureIds: readonly string[]): Promise<MeasureMoneyFacts> {
  if (measureIds.length === 0) return { budget: [], spending: [] };
  const [budget, spending] = await Promise.all([
    db
      .selectFrom("budgetLine")
      .select((eb) => ["measureId", "year", "currency", eb.fn.sum<string>("amountMinor").as("amountMinor")])
      .where("measureId", "in", [...measureIds])
      .groupBy(["measureId", "year", "currency"])
      .execute(),
    db
      .selectFrom("statusReportSpending as line")
      .innerJoin("statusReport as report", "report.id", "line.reportId")
      .innerJoin("reportingPeriod as period", "period.id", "report.periodId")
      .select(["report.id as reportId", "report.measureId", "period.periodEnd", "line.fundingSource", "line.currency", "line.amountMinor"])
      .where("report.workflowStatus", "=", "approved")
      .where("report.measureId", "in", [...measureIds])
      .execute(),
  ]);
  return {
    budget: budget.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) })),
    spending: spending.map((line) => ({ ...line, amountMinor: Number(line.amountMinor) })),
  };
}
