import { z } from "zod";
import { MEASURE_STATUSES, type MeasureStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";

// Completed and cancelled are terminal: reopening would rewrite what was reported to the
// council. A new measure in the next programme version is the way to continue the work.

export const MeasureStatusSchema = z.enum(MEASURE_STATUSES);

export const MEASURE_STATUS_TRANSITIONS: Record<MeasureStatus, readonly MeasureStatus[]> = {
  planned: ["in_progress", "delayed", "cancelled"],
  in_progress: ["completed", "delayed", "cancelled"],
  delayed: ["in_progress", "completed", "cancelled"],
  completed: [],
  cancelled: [],
};

export function isTerminalStatus(status: MeasureStatus): boolean {
  return MEASURE_STATUS_TRANSITIONS[status].length === 0;
}

/** Keeping the same status is not a transition, so an edit that leaves it alone always passes. */
export function canTransition(from: MeasureStatus, to: MeasureStatus): boolean {
  return from === to || MEASURE_STATUS_TRANSITIONS[from].includes(to);
}

export function assertStatusTransition(from: MeasureStatus, to: MeasureStatus): void {
  if (canTransition(from, to)) return;
  throw new DomainError("INVALID_STATE", {
    reason: isTerminalStatus(from) ? "status_terminal" : "status_transition_not_allowed",
    params: { from, to },
  });
}

export const ProgressSchema = z.number().int().min(0).max(100);

/** A completed measure is done by definition, whatever progress was typed. */
export function normaliseProgress(status: MeasureStatus, progress: number): number {
  if (status === "completed") return 100;
  return Math.min(100, Math.max(0, Math.round(progress)));
}

/** Refinement for rows and inputs that hold both fields. */
export function completedMeansFullProgress(
  value: { status?: MeasureStatus; progress?: number },
  ctx: z.RefinementCtx,
): void {
  if (value.status !== "completed" || value.progress === undefined || value.progress === 100) return;
  ctx.addIssue({ code: "custom", path: ["progress"], message: "a completed measure has progress 100", params: { reason: "completed_needs_full_progress" } });
}
