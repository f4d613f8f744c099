import type { FundingSource, MeasureStatus, Money } from "@samspill/domain";
import type { BudgetEntry } from "./programme-data.js";
import type { DocumentLogo } from "./word-document.js";

// What the report to the county is made from: a council's approved status reports of one
// reporting period, set against a partnership agreement's obligations and funding, with the
// summary and signature the secretariat writes in the portal. Organisations go by their
// official names ("Innlandet fylkeskommune"). Internal follow-up (who has not reported yet)
// is not part of it: that belongs on the secretariat's own overview.

export interface AnnualReportData {
  council: { name: string; logo: DocumentLogo | null };
  county: { name: string };
  /** `dueDate`: when the agreement wants this report, from its reporting requirement. */
  agreement: { title: string; caseNumber: string | null; dueDate: string | null };
  period: { name: string; periodStart: string; periodEnd: string };
  /** What the secretariat wrote for this agreement and period; null until someone has. */
  texts: AnnualReportTexts | null;
  obligations: ObligationEntry[];
  /** Committed, spent and remaining per year and funding source, up to the period's last year. */
  funding: FundingFigures[];
  focusAreas: FocusAreaEntry[];
  /** Measures not placed under any focus area. */
  otherMeasures: MeasureEntry[];
  indicatorValues: IndicatorEntry[];
  /** How many approved status reports the report is compiled from. */
  approvedCount: number;
  /** The day the document is made, ISO; written in the document's properties. */
  generatedOn: string;
}

export interface AnnualReportTexts {
  summary: string;
  signatoryName: string;
  signatoryTitle: string;
  place: string;
  signedOn: string | null;
  /** How the report was approved, e.g. "Godkjent av rådet 15.02.2024, sak 3/24". */
  approval: string;
}

/**
 * One year and funding source of the agreement. `remaining` is `committed − spent` and may be
 * below zero; `overspent` says more was spent than committed.
 */
export interface FundingFigures {
  year: number;
  fundingSource: FundingSource;
  committed: Money;
  spent: Money;
  remaining: Money;
  overspent: boolean;
}

/** One approved status report: the measure's, or one municipality's part of it. */
export interface ReportEntry {
  organisationName: string;
  status: MeasureStatus;
  progress: number;
  spent: Money;
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
