import { groupBy } from "../shared/collections";
import type { Currency, FundingSource } from "../shared/enums";
import { CURRENCIES, FUNDING_SOURCES } from "../shared/enums";
import type { IsoDate } from "../shared/primitives";

// Committed, spent and remaining money, defined once (packages/domain/FIGURES.md) and computed
// here for every screen, export, Word document and the public API. Amounts are integer minor
// units; `remainingMinor` may fall below zero, which is why these are not the domain's Money.

/** One funding commitment of an agreement: an amount for a year from a funding source. */
export interface CommittedAmount {
  year: number;
  fundingSource: FundingSource;
  currency: Currency;
  amountMinor: number;
}

/**
 * One line of an approved status report: what it says was spent from one funding source.
 * `reportId` with `fundingSource` names the line, so a total can count it once.
 */
export interface ApprovedSpending {
  reportId: string;
  measureId: string;
  /** The end of the report's reporting period: the spending belongs to that year. */
  periodEnd: IsoDate;
  fundingSource: FundingSource;
  currency: Currency;
  amountMinor: number;
}

/** An agreement as far as its money goes: its period, its commitments and the measures linked to its obligations. */
export interface AgreementMoney {
  agreementId: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  commitments: readonly CommittedAmount[];
  /** Measures linked to any of the agreement's obligations, each once. */
  measureIds: readonly string[];
}

export const FUNDS_STATES = ["within", "over", "noneSpent", "notCommitted"] as const;
/**
 * How spent stands against committed: within it, over it (spent more than committed), nothing
 * spent yet, or spent where nothing was committed (which is over too).
 */
export type FundsState = (typeof FUNDS_STATES)[number];

export interface FundsAmounts {
  currency: Currency;
  committedMinor: number;
  spentMinor: number;
  /** Committed − spent; negative when more was spent than committed. */
  remainingMinor: number;
  /** Spent is more than committed. */
  overspent: boolean;
  state: FundsState;
}

export interface FundsRow extends FundsAmounts {
  year: number;
  fundingSource: FundingSource;
}

export interface FundsYear extends FundsAmounts {
  year: number;
}

export interface FundsSource extends FundsAmounts {
  fundingSource: FundingSource;
}

/**
 * Money by funding source per year — committed, spent, remaining, overspent — with the sums per
 * year, per source and in all, each per currency. What every screen and document renders.
 */
export interface FundsTable {
  rows: FundsRow[];
  byYear: FundsYear[];
  bySource: FundsSource[];
  total: FundsAmounts[];
}

/** Spending belongs to the year its reporting period ends (T3 2026 and 2026 both to 2026). */
export function spendingYear(periodEnd: IsoDate): number {
  return Number(periodEnd.slice(0, 4));
}

function amounts(currency: Currency, committedMinor: number, spentMinor: number): FundsAmounts {
  const overspent = spentMinor > committedMinor;
  const state: FundsState =
    spentMinor === 0 ? "noneSpent" : committedMinor === 0 ? "notCommitted" : overspent ? "over" : "within";
  return { currency, committedMinor, spentMinor, remainingMinor: committedMinor - spentMinor, overspent, state };
}

const sourceOrder = (source: FundingSource) => FUNDING_SOURCES.indexOf(source);

/** Sums committed and spent per group and currency, in the order the groups first appear. */
function sumBy<K extends object>(rows: readonly FundsRow[], group: (row: FundsRow) => { key: string; parts: K }): Array<K & FundsAmounts> {
  const sums = new Map<string, { parts: K; currency: Currency; committed: number; spent: number }>();
  for (const row of rows) {
    const { key, parts } = group(row);
    const id = `${key}|${row.currency}`;
    const sum = sums.get(id) ?? { parts, currency: row.currency, committed: 0, spent: 0 };
    sum.committed += row.committedMinor;
    sum.spent += row.spentMinor;
    sums.set(id, sum);
  }
  return [...sums.values()].map((sum) => ({ ...sum.parts, ...amounts(sum.currency, sum.committed, sum.spent) }));
}

const byCurrency = (a: { currency: Currency }, b: { currency: Currency }) => a.currency.localeCompare(b.currency);

/** The sums of rows by year, by source and in all; the rows themselves sorted by year, source, currency. */
export function summariseFunds(rows: readonly FundsRow[]): FundsTable {
  const sorted = [...rows].sort(
    (a, b) => a.year - b.year || sourceOrder(a.fundingSource) - sourceOrder(b.fundingSource) || byCurrency(a, b),
  );
  return {
    rows: sorted,
    byYear: sumBy(sorted, (row) => ({ key: String(row.year), parts: { year: row.year } })).sort(
      (a, b) => a.year - b.year || byCurrency(a, b),
    ),
    bySource: sumBy(sorted, (row) => ({ key: row.fundingSource, parts: { fundingSource: row.fundingSource } })).sort(
      (a, b) => sourceOrder(a.fundingSource) - sourceOrder(b.fundingSource) || byCurrency(a, b),
    ),
    total: sumBy(sorted, () => ({ key: "", parts: {} })).sort(byCurrency),
  };
}

/** Committed against spent per year, funding source and currency, every combination that has either. */
export function fundsTable(committed: readonly CommittedAmount[], spent: readonly ApprovedSpending[]): FundsTable {
  // A county's table adds up a thousand lines or more on every view, so each cell is found by a
  // number made of its year, source and currency rather than by a string built per line.
  const cells = new Map<number, { year: number; fundingSource: FundingSource; currency: Currency; committed: number; spent: number }>();
  const cell = (year: number, fundingSource: FundingSource, currency: Currency) => {
    const source = sourceOrder(fundingSource);
    const money = CURRENCIES.indexOf(currency);
    if (source < 0 || money < 0) throw new Error(`fundsTable: unknown funding source or currency: ${fundingSource}, ${currency}`);
    const key = (year * FUNDING_SOURCES.length + source) * CURRENCIES.length + money;
    let found = cells.get(key);
    if (!found) {
      found = { year, fundingSource, currency, committed: 0, spent: 0 };
      cells.set(key, found);
    }
    return found;
  };
  for (const row of committed) cell(row.year, row.fundingSource, row.currency).committed += row.amountMinor;
  for (const row of spent) cell(spendingYear(row.periodEnd), row.fundingSource, row.currency).spent += row.amountMinor;
  return summariseFunds(
    [...cells.values()].map((sum) => ({
      year: sum.year, fundingSource: sum.fundingSource, ...amounts(sum.currency, sum.committed, sum.spent),
    })),
  );
}

/**
 * Whether a spending line counts against an agreement: it is on a measure linked to one of the
 * agreement's obligations, from a funding source the agreement commits (in any year), in a year
 * of the agreement's period. A county's agreements are asked about every spending line of its
 * councils, so the terms (the measures as a set, the sources, the years) are worked out once per
 * agreement and the test is asked per line.
 */
export function countingAgainst(agreement: AgreementMoney): (line: ApprovedSpending) => boolean {
  const measures = new Set(agreement.measureIds);
  const sources = new Set(agreement.commitments.map((commitment) => commitment.fundingSource));
  const firstYear = spendingYear(agreement.periodStart);
  const lastYear = spendingYear(agreement.periodEnd);
  return (line) => {
    if (!measures.has(line.measureId) || !sources.has(line.fundingSource)) return false;
    const year = spendingYear(line.periodEnd);
    return year >= firstYear && year <= lastYear;
  };
}

/** `countingAgainst` for a single line. */
export function countsAgainstAgreement(agreement: AgreementMoney, line: ApprovedSpending): boolean {
  return countingAgainst(agreement)(line);
}

const lineKey = (line: ApprovedSpending) => `${line.reportId}|${line.fundingSource}`;

export interface FundsOfEachAndAcross {
  /** Each agreement's table, in the order of the agreements. */
  each: Array<{ agreementId: string; funds: FundsTable }>;
  /** All of them together: every commitment, and each spending line that counts against at least one of them once. */
  across: FundsTable;
}

/**
 * Several agreements' money (a county's): each agreement's commitments against the spending that
 * counts against it, and the table across them — where a line on a measure linked to two
 * agreements counts once. The lines are looked up by measure, so each is asked only about the
 * agreements its measure serves.
 */
export function fundsOfEachAndAcross(agreements: readonly AgreementMoney[], spending: readonly ApprovedSpending[]): FundsOfEachAndAcross {
  const linesOf = groupBy(spending, (line) => line.measureId);
  const counted = new Map<string, ApprovedSpending>();
  const each = agreements.map((agreement) => {
    const lines = agreement.measureIds.flatMap((measureId) => linesOf.get(measureId) ?? []).filter(countingAgainst(agreement));
    for (const line of lines) counted.set(lineKey(line), line);
    return { agreementId: agreement.agreementId, funds: fundsTable(agreement.commitments, lines) };
  });
  return { each, across: fundsTable(agreements.flatMap((agreement) => agreement.commitments), [...counted.values()]) };
}

/** One agreement's money: its commitments against the spending that counts against it. */
export function agreementFunds(agreement: AgreementMoney, spending: readonly ApprovedSpending[]): FundsTable {
  return fundsOfEachAndAcross([agreement], spending).across;
}

/** Several agreements together: every commitment, and every spending line that counts against at least one of them, once. */
export function fundsAcrossAgreements(agreements: readonly AgreementMoney[], spending: readonly ApprovedSpending[]): FundsTable {
  return fundsOfEachAndAcross(agreements, spending).across;
}

/** The table as it stood up to and including a year: what an annual report looks back on. */
export function fundsThrough(table: FundsTable, lastYear: number): FundsTable {
  return summariseFunds(table.rows.filter((row) => row.year <= lastYear));
}
