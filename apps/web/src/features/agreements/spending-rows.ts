import type { AgreementDetail } from "./types";

export type SpendingState = "within" | "over" | "noneSpent" | "notCommitted";

export interface SpendingRow {
  year: number;
  committedMinor: number;
  spentMinor: number;
  state: SpendingState;
}

/**
 * Committed and spent side by side for every year that has either, in the agreement's one
 * currency. The state is what a reader scans for: a year spent beyond its commitment, or
 * spending where nothing was committed.
 */
export function spendingRows(totals: AgreementDetail["fundingTotals"], spent: AgreementDetail["spentByYear"]): SpendingRow[] {
  const committed = new Map((totals?.byYear ?? []).map((row) => [row.year, row.amount.amountMinor]));
  const used = new Map(spent.map((row) => [row.year, row.amountMinor]));
  const years = [...new Set([...committed.keys(), ...used.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const committedMinor = committed.get(year) ?? 0;
    const spentMinor = used.get(year) ?? 0;
    return { year, committedMinor, spentMinor, state: stateOf(committedMinor, spentMinor) };
  });
}

function stateOf(committedMinor: number, spentMinor: number): SpendingState {
  if (spentMinor === 0) return "noneSpent";
  if (committedMinor === 0) return "notCommitted";
  return spentMinor > committedMinor ? "over" : "within";
}
