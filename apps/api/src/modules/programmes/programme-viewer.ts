import type { ProgrammeRow } from "@samspill/db";
import {
  adoptionRefusal, permitOf, programmeChangeRefusal, publicationRefusal, revisionRefusal, type Actor, type Resource,
} from "@samspill/domain";

/**
 * What the viewer may do with a programme, each with the reason when not: the permission table
 * first (who), then the programme's state (adopted means adopted, drafts are never public).
 */
export function programmeViewer(actor: Actor, resource: Resource, programme: Pick<ProgrammeRow, "status" | "published">, hasSuccessor: boolean) {
  const edit = (...refusals: Array<string | null>) => permitOf(actor, "edit_programme", resource, ...refusals);
  return {
    /** Title, period, introduction, strategy, focus areas and goals. */
    editStructure: edit(programmeChangeRefusal(programme.status, "programme_details")),
    addMeasure: edit(programmeChangeRefusal(programme.status, "measures_added_or_removed")),
    /** Roles in the follow-up. */
    editFollowUp: edit(programmeChangeRefusal(programme.status, "roles")),
    /** Publish when unpublished, take back when published. */
    publish: edit(publicationRefusal(programme.status, !programme.published)),
    startRevision: edit(revisionRefusal(programme.status, hasSuccessor)),
    adopt: edit(adoptionRefusal(programme.status)),
    /** Start the next period's programme from this one: as creating a programme for the owner. */
    copyForward: permitOf(actor, "edit_programme", { ...resource, published: false }),
  };
}

export type ProgrammeViewer = ReturnType<typeof programmeViewer>;
