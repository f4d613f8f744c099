import type { BuiltAgreement, BuiltCouncil, BuiltMeasure } from "./world.js";

// A measure's own money figures as packages/domain/FIGURES.md words them ("A measure's budget and
// spending"), worked out from the world's plan in plain loops, sharing no code with the figures module.

const yearOf = (date: string) => Number(date.slice(0, 4));

export interface OracleMeasureYear {
  year: number;
  budget: number;
  spent: number;
  overspent: boolean;
}

/** Per year with a budget line or approved spending: the year's budget, what was spent in it, and whether more. */
export function measureYearOracle(council: BuiltCouncil, measure: BuiltMeasure): OracleMeasureYear[] {
  const years = new Map<number, { budget: number; spent: number }>();
  const year = (value: number) => {
    const found = years.get(value) ?? { budget: 0, spent: 0 };
    years.set(value, found);
    return found;
  };
  for (const line of measure.budget) year(line.year).budget += line.amountMinor;
  for (const report of council.reports) {
    if (report.measureId !== measure.id || report.workflow !== "approved") continue;
    const period = council.periods.find((candidate) => candidate.id === report.periodId)!;
    for (const line of report.spending) year(yearOf(period.periodEnd)).spent += line.amountMinor;
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, sum]) => ({ year: value, ...sum, overspent: sum.spent > sum.budget }));
}

/**
 * What of a measure's approved spending counts against an agreement: the sources the agreement
 * commits, in its years; only the reports of one period (and the reporter's own) when given.
 */
export function spentAgainstAgreementOracle(
  council: BuiltCouncil,
  agreement: BuiltAgreement,
  measureId: string,
  only?: { periodId: string; organisationIds?: readonly string[] | undefined },
): number {
  if (!agreement.measureIds.includes(measureId)) return 0;
  let spent = 0;
  for (const report of council.reports) {
    if (report.measureId !== measureId || report.workflow !== "approved") continue;
    if (only && (report.periodId !== only.periodId || (only.organisationIds && !only.organisationIds.includes(report.organisationId)))) continue;
    const year = yearOf(council.periods.find((candidate) => candidate.id === report.periodId)!.periodEnd);
    if (year < yearOf(agreement.periodStart) || year > yearOf(agreement.periodEnd)) continue;
    for (const line of report.spending) {
      if (agreement.commitments.some((commitment) => commitment.fundingSource === line.fundingSource)) spent += line.amountMinor;
    }
  }
  return spent;
}
