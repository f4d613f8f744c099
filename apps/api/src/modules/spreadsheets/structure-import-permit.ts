import type { ProgrammeTree } from "@samspill/db";
import { permitOf, programmeChangeRefusal, type Actor, type Resource } from "@samspill/domain";

/**
 * Whether the viewer may import the whole programme from a workbook, with the reason when not:
 * those who edit the programme, into a draft (adopted means adopted) that has no focus areas,
 * goals or measures yet — the same rules the import itself checks.
 */
export function structureImportPermit(actor: Actor, resource: Resource, tree: ProgrammeTree) {
  const hasStructure = tree.focusAreas.length + tree.unplacedGoals.length + tree.unplacedMeasures.length > 0;
  return permitOf(
    actor, "edit_programme", resource,
    programmeChangeRefusal(tree.programme.status, "measures_added_or_removed"),
    hasStructure ? "programme_has_structure" : null,
  );
}
