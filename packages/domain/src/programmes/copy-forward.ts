import { z } from "zod";
import { orderedRange } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { IdSchema, IsoDateSchema, TitleSchema, VersionSchema } from "../shared/primitives";
import {
  copyProgrammeTree, type PlannedRevision, type ProgrammeSnapshot, type RevisableFocusArea, type RevisableGoal,
  type RevisableMeasure, type RevisableProgramme,
} from "./revision";

// Copy forward starts the next period's programme from an existing one. Unlike a revision it is
// a new programme (revision 1, no predecessor): adopting it supersedes nothing. It carries the
// same tree as a revision does; the repository copies budget lines only for the new period's
// years, and indicators as definitions, without the old period's measurements.

export const CopyForwardInputSchema = z
  .strictObject({
    programmeId: IdSchema,
    /** The source's row version the client saw. */
    version: VersionSchema,
    title: TitleSchema,
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
  })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type CopyForwardInput = z.infer<typeof CopyForwardInputSchema>;

export interface NextPeriod {
  title: string;
  periodStart: string;
  periodEnd: string;
}

/** The next period begins after the source's ends: it follows it, it does not overlap it. */
export function nextPeriodRefusal(source: Pick<RevisableProgramme, "id"> & { periodEnd: string }, next: NextPeriod): string | null {
  return next.periodStart > source.periodEnd ? null : "period_not_after_source";
}

/** The calendar years a period touches, for filtering budget lines (which are per year). */
export function periodYears(period: Pick<NextPeriod, "periodStart" | "periodEnd">): { from: number; to: number } {
  return { from: Number(period.periodStart.slice(0, 4)), to: Number(period.periodEnd.slice(0, 4)) };
}

export function planCopyForward<
  P extends RevisableProgramme & { title: string; periodStart: string; periodEnd: string },
  F extends RevisableFocusArea,
  G extends RevisableGoal,
  M extends RevisableMeasure,
>(snapshot: ProgrammeSnapshot<P, F, G, M>, next: NextPeriod, newId: () => string): PlannedRevision<P, F, G, M> {
  const { programme } = snapshot;
  const refusal = nextPeriodRefusal(programme, next);
  if (refusal) {
    throw new DomainError("INVALID_INPUT", { reason: refusal, params: { field: "periodStart", sourcePeriodEnd: programme.periodEnd } });
  }
  return copyProgrammeTree(snapshot, newId, {
    programme: (id) => ({
      ...programme,
      id,
      title: next.title,
      periodStart: next.periodStart,
      periodEnd: next.periodEnd,
      status: "draft",
      revision: 1,
      predecessorId: null,
      adoptedDecisionId: null,
      published: false,
      publishedAt: null,
    }),
    linkPredecessors: false,
  });
}
