import type { FundingCommitmentRow, ReportingRequirementRow, SpentInYear } from "@samspill/db";
import type { FundingFigures } from "@samspill/documents";
import type { FundingSource } from "@samspill/domain";

// The money section of the report to the county: per year and funding source what the
// agreement commits, what approved reports say was spent and what remains. Spending is not yet
// recorded by funding source, so a year's spending is set against the county's partnership
// funds, the money the county asks this report to account for; the other sources of the year
// show what they commit and nothing spent. The shared figures of issue 9 replace this.

const COUNTY_SOURCE: FundingSource = "county_partnership_funds";

export function fundingFigures(
  commitments: readonly Pick<FundingCommitmentRow, "year" | "source" | "amountMinor" | "currency">[],
  spending: readonly SpentInYear[],
  lastYear: number,
): FundingFigures[] {
  const rows = new Map<string, FundingFigures>();
  const row = (year: number, fundingSource: FundingSource, currency: FundingFigures["committed"]["currency"]) => {
    const key = `${year}:${fundingSource}:${currency}`;
    const existing = rows.get(key);
    if (existing) return existing;
    const zero = () => ({ amountMinor: 0, currency });
    const created: FundingFigures = { year, fundingSource, committed: zero(), spent: zero(), remaining: zero(), overspent: false };
    rows.set(key, created);
    return created;
  };
  for (const commitment of commitments.filter((entry) => entry.year <= lastYear)) {
    row(commitment.year, commitment.source, commitment.currency).committed.amountMinor += Number(commitment.amountMinor);
  }
  for (const spent of spending.filter((entry) => entry.year <= lastYear)) {
    row(spent.year, COUNTY_SOURCE, spent.currency).spent.amountMinor += spent.amountMinor;
  }
  return [...rows.values()].map((figures) => {
    const remaining = figures.committed.amountMinor - figures.spent.amountMinor;
    return { ...figures, remaining: { ...figures.committed, amountMinor: remaining }, overspent: remaining < 0 };
  });
}

/** When the agreement wants the report on a period: its first reporting requirement due after the period ends. */
export function agreementDueDate(requirements: readonly Pick<ReportingRequirementRow, "dueDate">[], periodEnd: string): string | null {
  const after = requirements.map((requirement) => requirement.dueDate).filter((due) => due > periodEnd).sort();
  return after[0] ?? null;
}
