import type { Currency, Money } from "@samspill/domain";

// Sums for the annual report's tables, per currency like every total in Samspill. A remaining
// amount may fall below zero (spent past the commitment), which the domain's Money refuses, so
// these work on plain minor units.

export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const sums = new Map<Currency, number>();
  for (const amount of amounts) sums.set(amount.currency, (sums.get(amount.currency) ?? 0) + amount.amountMinor);
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** `left − right`, per currency; a currency only on the right comes out negative. */
export function subtractByCurrency(left: readonly Money[], right: readonly Money[]): Money[] {
  return sumByCurrency([...left, ...right.map((amount) => ({ ...amount, amountMinor: -amount.amountMinor }))]);
}

/** The years a period touches: 2023 for a calendar year, 2022–2023 for one across a new year. */
export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Number(periodEnd.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
