import type { Currency } from "../shared/enums";
import { countingAgainst, spendingYear, type AgreementMoney, type ApprovedSpending } from "./funds";

// A measure's own money figures (packages/domain/FIGURES.md, "A measure's budget and spending"):
// what it spent in a year against what it budgeted for that year — overspent when more — and what
// of its spending counts against an agreement it serves.

/** A budget line of a measure or of one of its parts: an amount for a year. */
export interface MeasureBudgetAmount {
  measureId: string;
  year: number;
  currency: Currency;
  amountMinor: number;
}

export interface MeasureYearFunds {
  measureId: string;
  year: number;
  currency: Currency;
  /** The year's budget lines, the measure's and its parts', from every funding source. */
  budgetMinor: number;
  /** The approved spending that belongs to the year, on the measure and its parts, from every source. */
  spentMinor: number;
  /** Spent is more than budgeted for the year (also when nothing was budgeted for it). */
  overspent: boolean;
}

/**
 * Budget against approved spending per measure, year and currency, for every combination that
 * has either; sorted by measure, year and currency.
 */
export function measureYearFunds(budget: readonly MeasureBudgetAmount[], spending: readonly ApprovedSpending[]): MeasureYearFunds[] {
  const cells = new Map<string, Omit<MeasureYearFunds, "overspent">>();
  const cell = (measureId: string, year: number, currency: Currency) => {
    const key = `${measureId}|${year}|${currency}`;
    const found = cells.get(key) ?? { measureId, year, currency, budgetMinor: 0, spentMinor: 0 };
    cells.set(key, found);
    return found;
  };
  for (const line of budget) cell(line.measureId, line.year, line.currency).budgetMinor += line.amountMinor;
  for (const line of spending) cell(line.measureId, spendingYear(line.periodEnd), line.currency).spentMinor += line.amountMinor;
  return [...cells.values()]
    .map((sum) => ({ ...sum, overspent: sum.spentMinor > sum.budgetMinor }))
    .sort((a, b) => a.measureId.localeCompare(b.measureId) || a.year - b.year || a.currency.localeCompare(b.currency));
}

/** The years in which a measure spent more than it budgeted, in order. */
export function overspentYears(figures: readonly MeasureYearFunds[], measureId: string): number[] {
  return [...new Set(figures.filter((row) => row.measureId === measureId && row.overspent).map((row) => row.year))];
}

export interface MeasureSpentAgainstAgreement {
  measureId: string;
  currency: Currency;
  spentMinor: number;
}

/**
 * Per measure linked to the agreement, what of its approved spending counts against the agreement
 * (`countingAgainst`: the sources the agreement commits, in its years) — the county's money,
 * not a municipality's own contribution. Summed over the measures, it is the agreement's spent.
 */
export function spentAgainstAgreementByMeasure(
  agreement: AgreementMoney,
  spending: readonly ApprovedSpending[],
): MeasureSpentAgainstAgreement[] {
  const counts = countingAgainst(agreement);
  const sums = new Map<string, MeasureSpentAgainstAgreement>();
  for (const line of spending) {
    if (!counts(line)) continue;
    const key = `${line.measureId}|${line.currency}`;
    const sum = sums.get(key) ?? { measureId: line.measureId, currency: line.currency, spentMinor: 0 };
    sum.spentMinor += line.amountMinor;
    sums.set(key, sum);
  }
  return [...sums.values()];
}
