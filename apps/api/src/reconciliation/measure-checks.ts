import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import type { AnnualReportData, MeasureEntry } from "@samspill/documents";
import type { FundsTable } from "@samspill/domain";
import { trpcQuery, type TrpcBody } from "../testing/harness.js";
import { measureYearOracle, spentAgainstAgreementOracle } from "./measure-oracle.js";
import type { BuiltAgreement, BuiltCouncil, BuiltMeasure, World } from "./world.js";

// A measure's own money figures checked where they show: the measure page (budget against spent per
// year, overspent flagged), the agreement page (each obligation's measures with what they spent of
// the agreement's money, adding up to its spent) and the annual report (the same flag and figure).

type Amounts = ReadonlyArray<{ amountMinor: number; currency: string }>;
const sum = (amounts: Amounts) => amounts.reduce((all, amount) => all + amount.amountMinor, 0);

const data = <T>(body: TrpcBody): T => {
  if (!body.result) throw new Error(JSON.stringify(body.error));
  return body.result.data as T;
};

function measureOf(world: World, title: string): { council: BuiltCouncil; measure: BuiltMeasure } {
  for (const council of world.councils) {
    const measure = council.measures.find((candidate) => candidate.title === title);
    if (measure) return { council, measure };
  }
  throw new Error(`no measure ${title}`);
}

interface MeasurePage {
  budget: { years: Array<{ year: number; currency: string; budgetMinor: number; spentMinor: number; overspent: boolean }> };
}

/** Every measure of the council on its page: per year the budget, the approved spending and the flag, as defined. */
export async function checkMeasurePages(app: FastifyInstance, council: BuiltCouncil, cookie: string): Promise<void> {
  for (const measure of council.measures) {
    const page = data<MeasurePage>((await trpcQuery("measures.get", { id: measure.id }, { cookie, app })).body);
    expect(page.budget.years.map(({ year, budgetMinor, spentMinor, overspent }) => ({ year, budget: budgetMinor, spent: spentMinor, overspent })))
      .toEqual(measureYearOracle(council, measure));
  }
}

interface AgreementPage {
  funds: FundsTable;
  obligations: Array<{ measures: Array<{ id: string; title: string; spent: Amounts }> }>;
}

/** Each obligation's measure shows what it spent of the agreement's money; once each, they add up to the agreement's spent. */
export function checkAgreementMeasures(world: World, agreement: BuiltAgreement, page: AgreementPage): void {
  const measures = new Map(page.obligations.flatMap((obligation) => obligation.measures).map((measure) => [measure.id, measure]));
  expect([...measures.keys()].sort()).toEqual([...agreement.measureIds].sort());
  for (const shown of measures.values()) {
    const { council } = measureOf(world, shown.title);
    expect(sum(shown.spent)).toBe(spentAgainstAgreementOracle(council, agreement, shown.id));
  }
  expect([...measures.values()].reduce((all, measure) => all + sum(measure.spent), 0)).toBe(page.funds.total[0]?.spentMinor ?? 0);
}

/** The annual report flags the years of its period a measure spent more than budgeted, and gives the obligations' measures the agreement's share. */
export function checkReportMeasures(
  world: World,
  agreement: BuiltAgreement,
  report: AnnualReportData,
  period: { id: string; periodStart: string; periodEnd: string },
  organisationIds?: readonly string[],
): void {
  const [first, last] = [Number(period.periodStart.slice(0, 4)), Number(period.periodEnd.slice(0, 4))];
  const overspentIn = (entry: MeasureEntry) => {
    const { council, measure } = measureOf(world, entry.title);
    return measureYearOracle(council, measure).filter((row) => row.overspent && row.year >= first && row.year <= last).map((row) => row.year);
  };
  for (const entry of [...report.focusAreas.flatMap((area) => area.measures), ...report.otherMeasures]) {
    expect(entry.overspentYears).toEqual(overspentIn(entry));
  }
  for (const entry of report.obligations.flatMap((obligation) => obligation.measures)) {
    expect(entry.overspentYears).toEqual(overspentIn(entry));
    const { council, measure } = measureOf(world, entry.title);
    expect(sum(entry.spentOfAgreement)).toBe(spentAgainstAgreementOracle(council, agreement, measure.id, { periodId: period.id, organisationIds }));
  }
}
