import type { CountyDashboard } from "./types";

export interface FundsYear {
  year: number;
  committedMinor: number;
  spentMinor: number;
  /** Spent as a percentage of committed, null when nothing was committed that year. */
  sharePercent: number | null;
}

/**
 * Committed (agreements' funding, summed over sources) against spent (approved reports) per
 * year, every year that has either. A county works in its country's one currency.
 */
export function fundsByYear(committed: CountyDashboard["committed"], spent: CountyDashboard["spent"]): FundsYear[] {
  const years = new Map<number, { committedMinor: number; spentMinor: number }>();
  const at = (year: number) => years.get(year) ?? { committedMinor: 0, spentMinor: 0 };
  for (const row of committed) years.set(row.year, { ...at(row.year), committedMinor: at(row.year).committedMinor + row.amount.amountMinor });
  for (const row of spent) years.set(row.year, { ...at(row.year), spentMinor: at(row.year).spentMinor + row.amount.amountMinor });
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, sums]) => ({
      year,
      ...sums,
      sharePercent: sums.committedMinor > 0 ? (sums.spentMinor / sums.committedMinor) * 100 : null,
    }));
}
