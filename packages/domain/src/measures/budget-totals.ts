import type { Currency, FundingSource } from "../shared/enums";
import { addMoney, type Money, zeroMoney } from "../shared/money";

// Totals of a measure's budget lines as the council reads them: per year, per funding source
// and overall. Lines may be in more than one currency (a cross-border EU project), so every
// total is kept per currency instead of being added across currencies.

export interface BudgetLineAmount {
  year: number;
  fundingSource: FundingSource;
  amount: Money;
}

export interface BudgetTotals {
  total: Money[];
  byYear: Array<{ year: number; amounts: Money[] }>;
  bySource: Array<{ fundingSource: FundingSource; amounts: Money[] }>;
}

function addInto(sums: Map<Currency, Money>, amount: Money): void {
  sums.set(amount.currency, addMoney(sums.get(amount.currency) ?? zeroMoney(amount.currency), amount));
}

function sorted(sums: Map<Currency, Money>): Money[] {
  return [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export function budgetTotals(lines: readonly BudgetLineAmount[]): BudgetTotals {
  const total = new Map<Currency, Money>();
  const years = new Map<number, Map<Currency, Money>>();
  const sources = new Map<FundingSource, Map<Currency, Money>>();
  for (const line of lines) {
    addInto(total, line.amount);
    if (!years.has(line.year)) years.set(line.year, new Map());
    addInto(years.get(line.year) ?? new Map(), line.amount);
    if (!sources.has(line.fundingSource)) sources.set(line.fundingSource, new Map());
    addInto(sources.get(line.fundingSource) ?? new Map(), line.amount);
  }
  return {
    total: sorted(total),
    byYear: [...years.entries()].sort(([a], [b]) => a - b).map(([year, sums]) => ({ year, amounts: sorted(sums) })),
    bySource: [...sources.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([fundingSource, sums]) => ({ fundingSource, amounts: sorted(sums) })),
  };
}
