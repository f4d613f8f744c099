import type { ProgrammeStatus } from "../shared/enums";

// A revision copies a programme's unfinished measures into a new draft, each copy pointing at
// its predecessor, and the copies carry the obligations their originals fulfil. An agreement
// names the measure once: the version in force (the adopted programme's), else the draft's.

export interface MeasureVersion {
  id: string;
  predecessorId: string | null;
  programmeStatus: ProgrammeStatus;
}

const PREFERENCE: Record<ProgrammeStatus, number> = { adopted: 0, draft: 1, superseded: 2 };

/**
 * One measure per line of versions among those given (versions are tied by `predecessorId`):
 * the adopted one, else the draft, else the newest superseded one. Kept in the order given.
 */
export function currentMeasureVersions<T extends MeasureVersion>(measures: readonly T[]): T[] {
  const rootOf = firstVersionOf(measures);
  const chosen = new Map<string, T>();
  for (const measure of measures) {
    const root = rootOf(measure);
    const best = chosen.get(root);
    if (!best || PREFERENCE[measure.programmeStatus] < PREFERENCE[best.programmeStatus]) chosen.set(root, measure);
  }
  const kept = new Set(chosen.values());
  return measures.filter((measure) => kept.has(measure));
}

/** The ids of the measures given that are versions of the same measure as `id` (itself included). */
export function sameMeasureVersions(measures: readonly Pick<MeasureVersion, "id" | "predecessorId">[], id: string): string[] {
  const rootOf = firstVersionOf(measures);
  const measure = measures.find((candidate) => candidate.id === id);
  if (!measure) return [id];
  const root = rootOf(measure);
  return measures.filter((candidate) => rootOf(candidate) === root).map((candidate) => candidate.id);
}

/** The earliest version among those given that a measure descends from. */
function firstVersionOf<T extends Pick<MeasureVersion, "id" | "predecessorId">>(measures: readonly T[]): (measure: T) => string {
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  return (measure) => {
    let current = measure;
    const seen = new Set<string>();
    while (current.predecessorId && byId.has(current.predecessorId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.predecessorId) as T;
    }
    return current.id;
  };
}
