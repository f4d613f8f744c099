import { findProgrammeById, updateWithVersion, type Executor, type ProgrammeRow } from "@samspill/db";
import { adoptProgramme, DomainError } from "@samspill/domain";
import type { Audit } from "../../trpc/mutation.js";
import { authorizedProgramme, type Authorize } from "../programmes/programme-access.js";

export interface PlannedAdoption {
  decisionId: string;
  programme: ProgrammeRow;
  /** The version the adopted one replaces, to be superseded; null for a first version. */
  predecessor: ProgrammeRow | null;
}

/**
 * Checked before the decision is written: a council adopts only its own programme (one of
 * another owner answers NOT_FOUND, as if it were not there), and the domain's adoptProgramme
 * decides the states (draft only; the predecessor must still be the adopted version).
 */
export async function planAdoption(
  trx: Executor,
  authorize: Authorize,
  input: { decisionId: string; programmeId: string; councilId: string },
): Promise<PlannedAdoption> {
  const programme = await authorizedProgramme(trx, authorize, input.programmeId, "edit_programme");
  if (programme.ownerId !== input.councilId) throw new DomainError("NOT_FOUND", { params: { kind: "programme" } });
  const predecessor = programme.predecessorId ? ((await findProgrammeById(trx, programme.predecessorId)) ?? null) : null;
  const { superseded } = adoptProgramme(programme, input.decisionId, predecessor);
  return { decisionId: input.decisionId, programme, predecessor: superseded ? predecessor : null };
}

/** Once the decision exists: the programme is adopted by it and its predecessor superseded, at the versions read. */
export async function applyAdoption(trx: Executor, audit: Audit, plan: PlannedAdoption) {
  const { programme, predecessor, decisionId } = plan;
  const adopted = await updateWithVersion(trx, "programme", programme.id, programme.version, {
    status: "adopted",
    adoptedDecisionId: decisionId,
  });
  await audit({
    action: "programme.adopted", subjectType: "programme", subjectId: programme.id, organisationId: programme.ownerId,
    before: { status: programme.status }, after: { status: adopted.status, adoptedDecisionId: decisionId },
  });
  if (predecessor) {
    await updateWithVersion(trx, "programme", predecessor.id, predecessor.version, { status: "superseded" });
    await audit({
      action: "programme.superseded", subjectType: "programme", subjectId: predecessor.id, organisationId: predecessor.ownerId,
      before: { status: predecessor.status }, after: { status: "superseded", supersededBy: programme.id },
    });
  }
  return { programmeId: adopted.id, status: adopted.status, supersededId: predecessor?.id ?? null };
}
