import type { FocusAreaNode, MeasureSummary, ProgrammeDetail } from "../programmes/types";

// Two measures with the same title in one programme are hard to tell apart in lists and
// reports; the form warns (it does not refuse) and names the ones there are, by number.

function normalise(title: string): string {
  return title.trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

function measuresOf(nodes: readonly FocusAreaNode[]): MeasureSummary[] {
  return nodes.flatMap((node) => [...node.measures, ...measuresOf(node.children)]);
}

/** The programme's measures titled like `title` (case and spacing aside), in number order. */
export function sameTitleMeasures(programme: Pick<ProgrammeDetail, "focusAreas" | "unassignedMeasures">, title: string): MeasureSummary[] {
  const wanted = normalise(title);
  if (wanted === "") return [];
  return [...measuresOf(programme.focusAreas), ...programme.unassignedMeasures].filter((measure) => normalise(measure.title) === wanted);
}
