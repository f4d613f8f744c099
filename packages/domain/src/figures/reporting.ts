import type { ReportStatus } from "../shared/enums";
import type { IsoDate } from "../shared/primitives";

// Expected, reported, approved, late and overdue reports (packages/domain/FIGURES.md). Which
// reports are expected is decided in one query (packages/db/src/figures); what each expected
// report's state is, and how the states add up, is decided here, for every screen alike.

export const REPORTING_STATES = ["missing", "draft", "submitted", "returned", "approved"] as const;
/** Where an expected report stands: not started, or its report's workflow status. */
export type ReportingState = (typeof REPORTING_STATES)[number];

/** Still with the author: nothing submitted yet, or returned for changes. */
export const OUTSTANDING_STATES = ["missing", "draft", "returned"] as const satisfies readonly ReportingState[];

export function reportingState(workflowStatus: ReportStatus | null): ReportingState {
  return workflowStatus ?? "missing";
}

export function isOutstanding(state: ReportingState): boolean {
  return (OUTSTANDING_STATES as readonly ReportingState[]).includes(state);
}

/** Past the period's deadline (not on the day itself) and still with the author. */
export function isOverdue(state: ReportingState, deadline: IsoDate, today: IsoDate): boolean {
  return today > deadline && isOutstanding(state);
}

/** How many expected reports of a period are in one state, late or not. */
export interface ReportingTally {
  state: ReportingState;
  late: boolean;
  count: number;
}

export interface ReportingFigures {
  expected: number;
  missing: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  /** Submitted or approved: in the secretariat's hands or done. */
  reported: number;
  /** Still with the author (missing, draft or returned): expected − reported. */
  outstanding: number;
  /** First submitted after the deadline, whatever became of them since. */
  late: number;
  /** Outstanding after the deadline. */
  overdue: number;
}

/** Expected reports counted by state and lateness. */
export function tallyReporting(items: readonly { state: ReportingState; late: boolean }[]): ReportingTally[] {
  const counts = new Map<string, ReportingTally>();
  for (const { state, late } of items) {
    const key = `${state}|${late}`;
    const tally = counts.get(key) ?? { state, late, count: 0 };
    tally.count += 1;
    counts.set(key, tally);
  }
  return [...counts.values()];
}

/** The period's figures from its tallies; `today` is the local date (see `localDate`). */
export function reportingFigures(tallies: readonly ReportingTally[], deadline: IsoDate, today: IsoDate): ReportingFigures {
  const figures: ReportingFigures = {
    expected: 0, missing: 0, draft: 0, submitted: 0, returned: 0, approved: 0, reported: 0, outstanding: 0, late: 0, overdue: 0,
  };
  for (const { state, late, count } of tallies) {
    figures.expected += count;
    figures[state] += count;
    if (isOutstanding(state)) figures.outstanding += count;
    else figures.reported += count;
    if (late) figures.late += count;
    if (isOverdue(state, deadline, today)) figures.overdue += count;
  }
  return figures;
}
