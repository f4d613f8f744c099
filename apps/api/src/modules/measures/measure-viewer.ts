import type { MeasurePartRow, MeasureRow, ProgrammeRow } from "@samspill/db";
import { measureEditAction, permitOf, programmeChangeRefusal, type Actor, type Resource } from "@samspill/domain";
import type { OwnerPlace } from "../../trpc/locate.js";
import { reportResource } from "../reports/report-access.js";
import { partResource } from "./measure-access.js";

/**
 * What the viewer may do with a measure and each of its parts, with the reason when not: the
 * permission table first (the secretariat for shared measures, the owning municipality for a
 * local one and for its own part), then adopted means adopted (its definition takes a revision).
 */
export function measureViewer(actor: Actor, placed: { measure: MeasureRow; programme: ProgrammeRow; place: OwnerPlace; resource: Resource }) {
  const { measure, programme, place, resource } = placed;
  const action = measureEditAction(measure.scope);
  const state = (change: Parameters<typeof programmeChangeRefusal>[1]) => programmeChangeRefusal(programme.status, change);
  const programmeResource: Resource = { kind: "programme", ...place, published: programme.published };
  return {
    /** Title, description, focus area and goals. */
    editDefinition: permitOf(actor, action, resource, state("measure_definition")),
    /** Status, progress, dates, responsible, SDG tags, obligations, budget and output indicators. */
    editFollowUp: permitOf(actor, action, resource, state("measure_follow_up")),
    addPart: permitOf(actor, "edit_programme", resource, measure.scope === "shared" ? state("measure_parts") : "local_measure_has_no_parts"),
    /** The outcome indicators of the goals it serves are the programme's. */
    editGoalIndicators: permitOf(actor, "edit_programme", programmeResource, state("indicators")),
    comment: permitOf(actor, "comment", resource),
    /** Write its status report for a period (a local measure's, or a shared one's without parts). */
    report: permitOf(actor, "submit_report", reportResource(place, { scope: measure.scope, partId: null, reporterId: measure.ownerId })),
  };
}

/**
 * Whether the viewer may keep a part up to date (its municipality and the secretariat, while the
 * programme is followed up) and write the part's status report.
 */
export function partViewer(actor: Actor, place: OwnerPlace, part: MeasurePartRow, programme: ProgrammeRow) {
  return {
    edit: permitOf(actor, "edit_measure_part", partResource(place, part, programme), programmeChangeRefusal(programme.status, "measure_parts")),
    report: permitOf(actor, "submit_report", reportResource(place, { scope: "shared", partId: part.id, reporterId: part.municipalityId })),
  };
}
