import type { FundingSource, MeasureScope, MeasureStatus, Money, ProgrammeStatus } from "@samspill/domain";
import type { DocumentLogo } from "./word-document.js";

// What the action programme document is made from: plain data the API loads and shapes, with
// names in place of ids. Organisations go by their official names ("Stange kommune"), people's
// names are null where the reader may not see them.

export interface ProgrammeDocumentData {
  council: { name: string; logo: DocumentLogo | null };
  title: string;
  periodStart: string;
  periodEnd: string;
  status: ProgrammeStatus;
  revision: number;
  introduction: string;
  strategy: { title: string; vision: string; overarchingGoal: string; description: string } | null;
  adoption: { body: string; decidedOn: string; caseNumber: string; meetingTitle: string } | null;
  focusAreas: FocusAreaDocument[];
  /** Goals and measures not placed under any focus area. */
  otherGoals: GoalDocument[];
  otherMeasures: MeasureDocument[];
  /** The day the document is made, ISO; written in the document's properties, not on a page. */
  generatedOn: string;
}

export interface FocusAreaDocument {
  title: string;
  /** The heading of the area's column in the overview table (seed 004: Attraktivitet, Utvikling …). */
  heading: string | null;
  description: string;
  subThemes: string[];
  goals: GoalDocument[];
  measures: MeasureDocument[];
}

export interface GoalDocument {
  title: string;
  description: string;
}

export interface BudgetEntry {
  year: number;
  fundingSource: FundingSource;
  amount: Money;
}

export interface MeasureDocument {
  /** Its number in the programme, e.g. "3.2", which the heading shows before the title. */
  number: string;
  title: string;
  description: string;
  scope: MeasureScope;
  ownerName: string;
  responsibleOrganisation: string | null;
  responsiblePerson: string | null;
  startDate: string | null;
  endDate: string | null;
  status: MeasureStatus;
  progress: number;
  /** Titles of the goals the measure serves. */
  goals: string[];
  /** Every budget line of the measure, its municipalities' parts included. */
  budget: BudgetEntry[];
  parts: PartDocument[];
}

export interface PartDocument {
  municipalityName: string;
  description: string;
  contactName: string | null;
  status: MeasureStatus;
  progress: number;
  budgetShare: Money | null;
}
