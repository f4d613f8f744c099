import type { MeasureRow, ProgrammeRow } from "@samspill/db";
import { refused, type Actor, type Permit } from "@samspill/domain";
import type { OwnerPlace } from "../../trpc/locate.js";
import { measureResource } from "./measure-access.js";
import { measureViewer } from "./measure-viewer.js";

/**
 * Whether the viewer may enter anything in a programme's bulk entry — a part on some shared
 * measure, or some measure's budget — by each measure's own rules (`measureViewer`), so the page
 * asks for the grid (`measures.programmeGrid`) only then. Measures of the same scope and owner
 * get the same answer, so each such pair is asked once. Refused, it gives the shared measures'
 * reason (the programme's own rule: the secretariat's), else the first local measure's.
 */
export function bulkEntryPermit(actor: Actor, place: OwnerPlace, programme: ProgrammeRow, measures: Iterable<MeasureRow>): Permit {
  const asked = new Set<string>();
  let shared: Permit | undefined;
  let local: Permit | undefined;
  for (const measure of measures) {
    const key = `${measure.scope}:${measure.ownerId}`;
    if (asked.has(key)) continue;
    asked.add(key);
    const viewer = measureViewer(actor, { measure, programme, place, resource: measureResource(place, measure, programme) });
    if (viewer.editBudget.allowed) return viewer.editBudget;
    if (measure.scope === "shared" && viewer.addPart.allowed) return viewer.addPart;
    if (measure.scope === "shared") shared = viewer.editBudget;
    else local ??= viewer.editBudget;
  }
  return shared ?? local ?? refused("programme_has_no_measures");
}
