import { sql } from "kysely";
import type { Currency } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

export interface SpentInYear {
  year: number;
  amountMinor: number;
  currency: Currency;
}

/**
 * What was spent against an agreement per year: approved status reports on the measures that
 * fulfil its obligations, by the year their reporting period ends. One query; a measure
 * fulfilling several obligations counts once (IN, not a join), and drafts, submitted and
 * returned reports are not yet facts.
 */
export async function listSpendingOfAgreement(db: Executor, agreementId: string, currency?: Currency): Promise<SpentInYear[]> {
  const year = sql<number>`extract(year from ${sql.ref("reportingPeriod.periodEnd")})::int`;
  let query = db
    .selectFrom("statusReport")
    .innerJoin("reportingPeriod", "reportingPeriod.id", "statusReport.periodId")
    .select([year.as("year"), "statusReport.currency", (eb) => eb.fn.sum<string>("statusReport.spentMinor").as("amountMinor")])
    .where("statusReport.workflowStatus", "=", "approved")
    .where("statusReport.measureId", "in", (eb) =>
      eb
        .selectFrom("measureObligation")
        .innerJoin("obligation", "obligation.id", "measureObligation.obligationId")
        .select("measureObligation.measureId")
        .where("obligation.agreementId", "=", agreementId),
    )
    .groupBy([year, "statusReport.currency"])
    .orderBy(year);
  if (currency) query = query.where("statusReport.currency", "=", currency);
  const rows = await query.execute();
  return rows.map((row) => ({ year: Number(row.year), amountMinor: Number(row.amountMinor), currency: row.currency }));
}
