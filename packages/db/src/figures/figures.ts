import {
  fundsOfEachAndAcross, measureYearFunds, reportingFigures, spentAgainstAgreementByMeasure, statusCounts,
  summariseFunds,
  type FundsTable, type MeasureSpentAgainstAgreement, type MeasureYearFunds, type ReportingFigures, type StatusCounts,
  type StatusTally,
} from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { loadAgreementMoney, type AgreementScope } from "./funds.repository.js";
import { loadMeasureMoney } from "./measure-funds.repository.js";
import {
  tallyMeasuresByFocusArea, tallyMeasuresByOwner, tallyPartsByMunicipality, type CurrentProgramme,
} from "./measure-status.repository.js";
import type { ReportingCache } from "./reporting-cache.js";
import { listPeriodReporting, type PeriodReporting, type ReportingScope } from "./reporting.repository.js";

// The figures of packages/domain/FIGURES.md as every screen, export, document and the public API
// reads them: the facts loaded set-based (a fixed number of queries), the domain's rules applied.

export interface FundsOfAgreements {
  /** Each agreement's own table, in the order of the agreements (newest period first). */
  agreements: Array<{ agreementId: string; funds: FundsTable }>;
  /** All of them together: each spending line once, though its measure may serve two. */
  across: FundsTable;
}

export async function fundsOfAgreements(db: Executor, scope: AgreementScope): Promise<FundsOfAgreements> {
  const { agreements, spending } = await loadAgreementMoney(db, scope);
  const { each, across } = fundsOfEachAndAcross(agreements, spending);
  return { agreements: each, across };
}

/** One agreement's money, the same table the county sees for it. */
export async function fundsOfAgreement(db: Executor, agreementId: string): Promise<FundsTable> {
  const { agreements } = await fundsOfAgreements(db, { agreementIds: [agreementId] });
  return agreements[0]?.funds ?? summariseFunds([]);
}

/** Each measure's budget against its approved spending per year, overspent or not. */
export async function measureFundsOf(db: Executor, measureIds: readonly string[]): Promise<MeasureYearFunds[]> {
  const { budget, spending } = await loadMeasureMoney(db, measureIds);
  return measureYearFunds(budget, spending);
}

/**
 * What of each linked measure's approved spending counts against the agreement; `reportIds`, when
 * given, keeps to those reports (an annual report's period). Summed over the measures: its spent.
 */
export async function measureSpendingOfAgreement(
  db: Executor,
  agreementId: string,
  reportIds?: readonly string[],
): Promise<MeasureSpentAgainstAgreement[]> {
  const { agreements, spending } = await loadAgreementMoney(db, { agreementIds: [agreementId] });
  const agreement = agreements[0];
  if (!agreement) return [];
  const lines = reportIds ? spending.filter((line) => reportIds.includes(line.reportId)) : spending;
  return spentAgainstAgreementByMeasure(agreement, lines);
}

export interface PeriodFigures extends Omit<PeriodReporting, "tallies"> {
  figures: ReportingFigures;
}

/**
 * The reporting figures of every period in scope; `today` (a local date) decides what is
 * overdue. The dashboards pass their process's cache (`reporting-cache.ts`).
 */
export async function reportingOfPeriods(
  db: Executor,
  scope: ReportingScope,
  today: string,
  cache?: ReportingCache,
): Promise<PeriodFigures[]> {
  const periods = await listPeriodReporting(db, scope, cache);
  return periods.map(({ tallies, ...period }) => ({ ...period, figures: reportingFigures(tallies, period.deadline, today) }));
}

/** Tallies of several rows (owners, municipalities) added up per row, in the order the rows first appear. */
function countsPer<T extends StatusTally>(tallies: readonly T[], idOf: (tally: T) => string): Array<{ first: T; counts: StatusCounts }> {
  const rows = new Map<string, { first: T; tallies: T[] }>();
  for (const tally of tallies) {
    const row = rows.get(idOf(tally)) ?? { first: tally, tallies: [] };
    row.tallies.push(tally);
    rows.set(idOf(tally), row);
  }
  return [...rows.values()].map((row) => ({ first: row.first, counts: statusCounts(row.tallies) }));
}

export interface OwnerStatusCounts {
  ownerId: string;
  ownerName: string;
  counts: StatusCounts;
}

/** The measures of the current programmes of every council and municipality in a county, by status. */
export async function measureStatusByOwner(db: Executor, countyId: string): Promise<OwnerStatusCounts[]> {
  return countsPer(await tallyMeasuresByOwner(db, countyId), (tally) => tally.ownerId).map(({ first, counts }) => ({
    ownerId: first.ownerId, ownerName: first.ownerName, counts,
  }));
}

export interface MunicipalityStatusCounts {
  municipalityId: string;
  municipalityName: string;
  counts: StatusCounts;
}

/** The municipalities' parts of the shared measures of a council's current programmes, by status. */
export async function partStatusByMunicipality(db: Executor, councilId: string): Promise<MunicipalityStatusCounts[]> {
  return countsPer(await tallyPartsByMunicipality(db, councilId), (tally) => tally.municipalityId).map(({ first, counts }) => ({
    municipalityId: first.municipalityId, municipalityName: first.municipalityName, counts,
  }));
}

export interface FocusAreaStatusCounts {
  programmeId: string;
  focusAreaId: string | null;
  focusAreaTitle: string | null;
  counts: StatusCounts;
}

/** A council's current programmes and, per top-level focus area of each, its measures by status. */
export async function measureStatusByFocusArea(
  db: Executor,
  councilId: string,
): Promise<{ programmes: CurrentProgramme[]; focusAreas: FocusAreaStatusCounts[] }> {
  const { programmes, focusAreas } = await tallyMeasuresByFocusArea(db, councilId);
  return {
    programmes,
    focusAreas: focusAreas.map(({ tallies, ...area }) => ({ ...area, counts: statusCounts(tallies) })),
  };
}
