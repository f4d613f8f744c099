import type { ProgrammeStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";

// draft → adopted (by a Decision) → superseded (when a revision is adopted). Only drafts change:
// an adopted programme is what the council decided, and the way to change it is a revision.

export interface LifecycleProgramme {
  id: string;
  status: ProgrammeStatus;
  predecessorId: string | null;
  adoptedDecisionId: string | null;
}

export function isProgrammeEditable(programme: Pick<LifecycleProgramme, "status">): boolean {
  return programme.status === "draft";
}

export function assertProgrammeEditable(programme: Pick<LifecycleProgramme, "id" | "status">): void {
  if (isProgrammeEditable(programme)) return;
  throw new DomainError("INVALID_STATE", {
    reason: "programme_not_draft",
    params: { programmeId: programme.id, status: programme.status },
  });
}

export interface Adoption<P extends LifecycleProgramme> {
  programme: P;
  /** The version this one replaces, now superseded; null for a first version. */
  superseded: P | null;
}

/** A revision must be adopted together with the version it replaces, so both change in one transaction. */
export function adoptProgramme<P extends LifecycleProgramme>(
  programme: P,
  decisionId: string,
  predecessor?: P | null,
): Adoption<P> {
  if (programme.status !== "draft") {
    throw new DomainError("INVALID_STATE", { reason: "programme_not_draft", params: { status: programme.status } });
  }
  if (decisionId.trim() === "") throw new DomainError("INVALID_INPUT", { reason: "decision_required" });
  const adopted: P = { ...programme, status: "adopted", adoptedDecisionId: decisionId };
  if (programme.predecessorId === null) {
    if (predecessor) throw new DomainError("INVALID_INPUT", { reason: "not_a_revision" });
    return { programme: adopted, superseded: null };
  }
  if (!predecessor || predecessor.id !== programme.predecessorId) {
    throw new DomainError("INVALID_INPUT", {
      reason: "predecessor_mismatch",
      params: { expected: programme.predecessorId, given: predecessor?.id ?? null },
    });
  }
  // Two drafts revising the same version: whichever is adopted second finds it already superseded.
  if (predecessor.status !== "adopted") {
    throw new DomainError("INVALID_STATE", { reason: "predecessor_not_adopted", params: { status: predecessor.status } });
  }
  return { programme: adopted, superseded: { ...predecessor, status: "superseded" } };
}
