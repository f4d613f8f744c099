import type { FundingSource, FundsTable, MeasureStatus, Money } from "@samspill/domain";
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
  /**
   * The agreement's money by funding source per year, up to the year the period's spending
   * belongs to: committed, spent (approved reports on the linked measures, from the sources the
   * agreement commits), remaining and overspent — the figures of packages/domain/FIGURES.md, as
   * the agreement's page shows them.
   */
  funds: FundsTable;
  focusAreas: FocusAreaEntry[];
  /** Measures not placed under any focus area. */
  otherMeasures: MeasureEntry[];
  indicatorValues: IndicatorEntry[];
  /**
   * The period's approved reports as FIGURES.md counts them (expected reports that are approved,
   * only the reporter's own under a municipality's agreement): the number the dashboards show.
   */
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
  /**
   * The years of the period in which the measure spent more than it budgeted for the year
   * (`overspentYears`, packages/domain/FIGURES.md): flagged beside its spending.
   */
  overspentYears: number[];
}

/** A measure that fulfils an obligation, with what of the period's spending counts against the agreement. */
export interface ObligationMeasureEntry extends MeasureEntry {
  /** The county's money only (`spentAgainstAgreementByMeasure`): not a municipality's own contribution. */
  spentOfAgreement: Money[];
}

export interface ObligationEntry {
  title: string;
  description: string;
  partyName: string;
  measures: ObligationMeasureEntry[];
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
