import type { Currency, Money } from "@samspill/domain";

// Sums of the rows a table of the annual report lists, per currency like every total in Samspill.
// Committed, spent and remaining are figures the document receives (FundsTable), never sums here.

export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const sums = new Map<Currency, number>();
  for (const amount of amounts) sums.set(amount.currency, (sums.get(amount.currency) ?? 0) + amount.amountMinor);
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** The years a period touches: 2023 for a calendar year, 2022–2023 for one across a new year. */
export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Number(periodEnd.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
