import type { Currency, FundingSource, MeasureScope, MeasureStatus, Money } from "@samspill/domain";

// What reading the measures layout gives: the measures and parts it would create, one preview
// line per row, and every problem by row number and column heading. The API turns the first
// into rows only when the last is empty.

export const IMPORT_PROBLEM_REASONS = [
  "required", "too_long", "invalid_date", "end_before_start", "invalid_choice", "unknown_focus_area",
  "ambiguous_focus_area", "unknown_goal", "ambiguous_goal", "unknown_organisation", "ambiguous_organisation",
  "not_a_member", "municipality_not_for_shared", "invalid_number", "negative_amount", "too_many_decimals",
  "invalid_progress", "completed_needs_full_progress", "invalid_sdg", "invalid_email", "not_for_parts",
  "not_for_measures", "part_without_measure", "local_measure_has_no_parts", "part_title_mismatch", "duplicate_part",
  "unknown_column", "duplicate_column", "missing_column", "cell_error", "sub_theme_without_focus_area", "not_for_goals",
  "budget_without_row", "not_for_budget_rows",
] as const;
export type ImportProblemReason = (typeof IMPORT_PROBLEM_REASONS)[number];

export interface ImportProblem {
  /** The worksheet's name as the file writes it, in a workbook of several sheets. */
  sheet?: string;
  row: number;
  /** The column's heading as the file writes it (or, for a missing column, as the layout does). */
  column: string;
  reason: ImportProblemReason;
  params: Record<string, string | number>;
}

export interface ImportBudgetLine {
  year: number;
  amountMinor: number;
  currency: Currency;
  fundingSource: FundingSource;
}

export interface ImportedPart {
  row: number;
  municipalityId: string;
  description: string;
  contactName: string;
  contactEmail: string | null;
  status: MeasureStatus;
  progress: number;
  budgetShare: Money | null;
  budget: ImportBudgetLine[];
}

export interface ImportedMeasure {
  row: number;
  title: string;
  description: string;
  focusAreaId: string | null;
  goalIds: string[];
  scope: MeasureScope;
  /** The municipality of a local measure; a shared one belongs to the programme's owner. */
  municipalityId: string | null;
  responsibleOrganisationId: string | null;
  responsiblePerson: string;
  startDate: string | null;
  endDate: string | null;
  status: MeasureStatus;
  progress: number;
  sdgGoals: number[];
  budget: ImportBudgetLine[];
  parts: ImportedPart[];
}

/** One line of the preview per row of the file, as written, whether valid or not. */
export interface PreviewRow {
  row: number;
  kind: "measure" | "part" | "budget";
  title: string;
  municipality: string;
  status: string;
}

export interface NamedRow {
  id: string;
  title: string;
}

export interface OrganisationName {
  id: string;
  name: string;
  shortName: string | null;
  code: string | null;
  /** The name it signs with ("Stange kommune"), as the downloads write it; when it differs from `name`. */
  officialName?: string;
}

/** What the file's names are looked up in: the programme's own focus areas and goals, and organisations. */
export interface ImportLookups {
  currency: Currency;
  focusAreas: NamedRow[];
  goals: NamedRow[];
  /** Who may own a local measure or a part: the council's member municipalities today. */
  municipalities: OrganisationName[];
  /** Who may be responsible for a measure: any organisation of the country. */
  organisations: OrganisationName[];
  /** The programme's owner: with the members, it wins over others of the same name in the country. */
  owner?: OrganisationName;
}

export interface MeasureImport {
  measures: ImportedMeasure[];
  rows: PreviewRow[];
  problems: ImportProblem[];
}
