import type { ProgrammeStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";

// draft → adopted (by a Decision) → superseded (when a revision is adopted). What may change in
// each state is in change-rules.ts; here are adoption, publication and the start of a revision.

export interface LifecycleProgramme {
  id: string;
  status: ProgrammeStatus;
  predecessorId: string | null;
  adoptedDecisionId: string | null;
}

/** Why a programme cannot be adopted now, or null: only a draft is adopted. */
export function adoptionRefusal(status: ProgrammeStatus): string | null {
  return status === "draft" ? null : "programme_not_draft";
}

/**
 * Why a programme cannot be published (or taken back) now, or null. A draft is never public
 * (PRODUCT.md): the public reads what the council adopted, and the versions it later superseded.
 */
export function publicationRefusal(status: ProgrammeStatus, publish: boolean): string | null {
  return publish && status === "draft" ? "programme_not_adopted" : null;
}

export function assertPublishable(programme: { status: ProgrammeStatus }, publish: boolean): void {
  const reason = publicationRefusal(programme.status, publish);
  if (reason) throw new DomainError("INVALID_STATE", { reason, params: { status: programme.status } });
}

/** Why no revision can be started, or null: only the adopted version is revised, and only once at a time. */
export function revisionRefusal(status: ProgrammeStatus, hasSuccessor: boolean): string | null {
  if (status !== "adopted") return "revise_adopted_only";
  return hasSuccessor ? "revision_exists" : null;
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
  const refusal = adoptionRefusal(programme.status);
  if (refusal) throw new DomainError("INVALID_STATE", { reason: refusal, params: { status: programme.status } });
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
