import type { ProgrammeDetail } from "../programmes/types";

type Area = ProgrammeDetail["focusAreas"][number];
type Measure = Area["measures"][number];

function ofAreas(areas: readonly Area[]): Measure[] {
  return areas.flatMap((area) => [...area.measures, ...ofAreas(area.children)]);
}

/** A programme's measures in the order of their numbers (1.1, 1.2, …, then the unplaced), to pick from. */
export function measuresOfTree(programme: Pick<ProgrammeDetail, "focusAreas" | "unassignedMeasures">): Measure[] {
  return [...ofAreas(programme.focusAreas), ...programme.unassignedMeasures];
}
