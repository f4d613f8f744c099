import { z } from "zod";
import { FUNDING_SOURCES, type FundingSource } from "../shared/enums";
import { AmountMinorSchema, CurrencySchema, type Money } from "../shared/money";
import { FundingSourceSchema } from "../measures/budget-line";

// What a status report says was spent, split by funding source, in the report's one currency.
// Only with the source known can an agreement count the money from the sources it commits
// (packages/domain/FIGURES.md). A source with nothing spent has no line.

export const SpendingLineSchema = z.strictObject({
  fundingSource: FundingSourceSchema,
  amountMinor: AmountMinorSchema,
});
export type SpendingLine = z.infer<typeof SpendingLineSchema>;

export const ReportSpendingSchema = z
  .strictObject({
    currency: CurrencySchema,
    lines: z.array(SpendingLineSchema).max(FUNDING_SOURCES.length),
  })
  .superRefine((spending, ctx) => {
    const seen = new Set<FundingSource>();
    spending.lines.forEach((line, index) => {
      if (seen.has(line.fundingSource)) {
        ctx.addIssue({
          code: "custom", path: ["lines", index, "fundingSource"], message: "each funding source once",
          params: { reason: "duplicate_funding_source" },
        });
      }
      seen.add(line.fundingSource);
    });
    const total = spending.lines.reduce((sum, line) => sum + line.amountMinor, 0);
    if (!Number.isSafeInteger(total)) {
      ctx.addIssue({ code: "custom", path: ["lines"], message: "the total is too large", params: { reason: "amount_too_large" } });
    }
  });
export type ReportSpending = z.infer<typeof ReportSpendingSchema>;

/** The lines worth storing: nothing spent from a source is no line, in the order of the sources. */
export function spendingLines(spending: ReportSpending): SpendingLine[] {
  return spending.lines
    .filter((line) => line.amountMinor > 0)
    .sort((a, b) => FUNDING_SOURCES.indexOf(a.fundingSource) - FUNDING_SOURCES.indexOf(b.fundingSource));
}

export function spentTotal(spending: ReportSpending): Money {
  return { amountMinor: spending.lines.reduce((sum, line) => sum + line.amountMinor, 0), currency: spending.currency };
}

/**
 * The funding sources a report form offers first: those of the measure's budget (its parts'
 * included) and any the report already has money from, in the order of the sources. With no
 * budget and nothing spent, every source.
 */
export function offeredFundingSources(
  budgetSources: readonly FundingSource[],
  spending: readonly Pick<SpendingLine, "fundingSource">[] = [],
): FundingSource[] {
  const offered = new Set<FundingSource>([...budgetSources, ...spending.map((line) => line.fundingSource)]);
  return offered.size === 0 ? [...FUNDING_SOURCES] : FUNDING_SOURCES.filter((source) => offered.has(source));
}
