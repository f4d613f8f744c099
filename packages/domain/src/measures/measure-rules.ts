import type { MeasureScope, MeasureStatus, ProgrammeStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";
import { normaliseProgress, assertStatusTransition } from "./status";

// Measures live on after the council adopts a programme: status, progress, parts and budgets are
// follow-up work done during the programme's period, and a municipality can join a shared
// measure or start a local one mid-period. A superseded programme is history, though: its
// unfinished measures were carried forward into the revision, which is where the work goes on.

export function assertProgrammeTakesMeasures(programme: { id: string; status: ProgrammeStatus }): void {
  if (programme.status !== "superseded") return;
  throw new DomainError("INVALID_STATE", {
    reason: "programme_superseded",
    params: { programmeId: programme.id, status: programme.status },
  });
}

/** Parts are how municipalities share a measure; a local measure is one municipality's alone. */
export function assertMeasureTakesParts(measure: { scope: MeasureScope }): void {
  if (measure.scope === "shared") return;
  throw new DomainError("INVALID_STATE", { reason: "local_measure_has_no_parts", params: { scope: measure.scope } });
}

/**
 * The status and progress after an edit of a measure or part: the status moves only along the
 * allowed transitions, and a completed one is at 100 whatever progress was sent or stored.
 */
export function nextStatusAndProgress(
  current: { status: MeasureStatus; progress: number },
  patch: { status?: MeasureStatus | undefined; progress?: number | undefined },
): { status: MeasureStatus; progress: number } {
  const status = patch.status ?? current.status;
  assertStatusTransition(current.status, status);
  return { status, progress: normaliseProgress(status, patch.progress ?? current.progress) };
}
