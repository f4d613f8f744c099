import type { FundingSource, FundsTable, MeasureStatus, Money, ReportingFigures } from "@samspill/domain";
import type { BudgetEntry } from "./programme-data.js";

// What the annual report to the county is made from: a council's approved status reports of
// one reporting period, set against a partnership agreement's obligations and funding.

export interface AnnualReportData {
  council: { name: string };
  county: { name: string };
  agreement: { title: string; caseNumber: string | null };
  period: { name: string; periodStart: string; periodEnd: string; deadline: string };
  obligations: ObligationEntry[];
  /**
   * The agreement's money by funding source per year, up to the period's last year: committed,
   * spent (approved reports on the linked measures, from the sources the agreement commits),
   * remaining and whether it is overspent — the figures of packages/domain/FIGURES.md.
   */
  funds: FundsTable;
  focusAreas: FocusAreaEntry[];
  /** Measures not placed under any focus area. */
  otherMeasures: MeasureEntry[];
  indicatorValues: IndicatorEntry[];
  /** Every expected report of the period that is not approved yet. */
  outstanding: OutstandingEntry[];
  /** The period's reporting figures (expected, reported, approved, late, overdue …) of the reporter's reports. */
  reporting: ReportingFigures;
  generatedOn: string;
}

/** One approved status report: the measure's, or one municipality's part of it. */
export interface ReportEntry {
  organisationName: string;
  status: MeasureStatus;
  progress: number;
  /** All it says was spent, whatever the source. */
  spent: Money;
  /** The same, split by funding source. */
  spending: Array<{ fundingSource: FundingSource; amount: Money }>;
  narrative: string;
}

export interface MeasureEntry {
  title: string;
  /** As reported for the period when the measure itself was reported on, else as it stands. */
  status: MeasureStatus;
  progress: number;
  budget: BudgetEntry[];
  reports: ReportEntry[];
}

export interface ObligationEntry {
  title: string;
  description: string;
  partyName: string;
  measures: MeasureEntry[];
}

export interface FocusAreaEntry {
  title: string;
  measures: MeasureEntry[];
}

export interface IndicatorEntry {
  name: string;
  unit: string;
  measureTitle: string | null;
  municipalityName: string | null;
  value: number;
  target: number | null;
}

export interface OutstandingEntry {
  measureTitle: string;
  organisationName: string;
  state: "missing" | "draft" | "submitted" | "returned";
  overdue: boolean;
}
