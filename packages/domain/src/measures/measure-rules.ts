import type { MeasureScope, MeasureStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";
import { normaliseProgress, assertStatusTransition } from "./status";

// Whether a programme takes a change at all (adopted means adopted) is in
// programmes/change-rules.ts; these are the measure's own rules.

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
