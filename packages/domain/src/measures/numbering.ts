import { groupBy } from "../shared/collections";

// A measure's number in its programme, as councils cite them ("tiltak 3.2"): the focus area's
// place among the focus areas, then the measure's place within it, counting the measures of its
// sub-themes after the focus area's own, in the order the programme and its Word document show
// them. Measures outside every focus area come last, as if under one more focus area (or
// numbered 1, 2, … when the programme has no focus areas). An
// adopted programme's structure does not change, so its numbers hold until the next revision.

export interface NumberedFocusArea {
  id: string;
  parentId: string | null;
  position: number;
}

export interface NumberedMeasure {
  id: string;
  focusAreaId: string | null;
  position: number;
}

/** By position, then id: the order every list of the tree uses. */
function inOrder<T extends { id: string; position: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Measure id → its number, e.g. "3.2". */
export function measureNumbers(focusAreas: readonly NumberedFocusArea[], measures: readonly NumberedMeasure[]): Map<string, string> {
  const known = new Set(focusAreas.map((area) => area.id));
  const children = groupBy(focusAreas.filter((area) => area.parentId !== null && known.has(area.parentId)), (area) => area.parentId ?? "");
  const measuresOf = groupBy(measures.filter((measure) => measure.focusAreaId !== null && known.has(measure.focusAreaId)), (measure) => measure.focusAreaId ?? "");
  const numbers = new Map<string, string>();

  const walk = (area: NumberedFocusArea, prefix: number, counter: { n: number }): void => {
    for (const measure of inOrder(measuresOf.get(area.id) ?? [])) numbers.set(measure.id, `${prefix}.${++counter.n}`);
    for (const child of inOrder(children.get(area.id) ?? [])) walk(child, prefix, counter);
  };
  const roots = inOrder(focusAreas.filter((area) => area.parentId === null || !known.has(area.parentId)));
  roots.forEach((root, index) => walk(root, index + 1, { n: 0 }));

  const unplaced = inOrder(measures.filter((measure) => measure.focusAreaId === null || !known.has(measure.focusAreaId)));
  // With no focus areas at all, a measure's number is simply its place.
  const prefix = roots.length > 0 ? `${roots.length + 1}.` : "";
  unplaced.forEach((measure, index) => numbers.set(measure.id, `${prefix}${index + 1}`));
  return numbers;
}
