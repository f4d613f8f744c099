import type { ProgrammeSnapshot, RevisableFocusArea, RevisableGoal, RevisableMeasure, RevisableProgramme } from "./revision";

// What changed between two programme versions, for the "what changed" view of a rolling
// revision. Rows are matched through `predecessorId`; references to other rows (parent, focus
// area, goals) are compared through that matching too, so a copy pointing at the copy of the
// same parent counts as unchanged.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface EntityDiff<T> {
  added: T[];
  removed: T[];
  changed: { previous: T; next: T; changes: FieldChange[] }[];
  carriedForward: { previous: T; next: T }[];
}

export interface ProgrammeDiff<F, G, M> {
  focusAreas: EntityDiff<F>;
  goals: EntityDiff<G>;
  measures: EntityDiff<M>;
}

/** Bookkeeping that always differs between versions and says nothing about content. */
const IGNORED_FIELDS = new Set(["id", "programmeId", "predecessorId", "version", "createdAt", "updatedAt"]);
const REFERENCE_FIELDS = new Set(["parentId", "focusAreaId", "goalIds"]);

type Row = { id: string; predecessorId: string | null };

function isEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => isEqual(item, b[i]));
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => isEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function fieldChanges(previous: object, next: object, toPreviousId: (id: unknown) => unknown): FieldChange[] {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !IGNORED_FIELDS.has(field));
  return fields.flatMap((field) => {
    const value = after[field];
    const comparable = !REFERENCE_FIELDS.has(field) ? value : Array.isArray(value) ? value.map(toPreviousId) : toPreviousId(value);
    return isEqual(before[field], comparable) ? [] : [{ field, before: before[field], after: value }];
  });
}

function diffRows<T extends Row>(previous: readonly T[], next: readonly T[], toPreviousId: (id: unknown) => unknown): EntityDiff<T> {
  const previousById = new Map(previous.map((row) => [row.id, row]));
  const diff: EntityDiff<T> = { added: [], removed: [], changed: [], carriedForward: [] };
  const carried = new Set<string>();
  for (const row of next) {
    const original = row.predecessorId === null ? undefined : previousById.get(row.predecessorId);
    if (!original) {
      diff.added.push(row);
      continue;
    }
    carried.add(original.id);
    const changes = fieldChanges(original, row, toPreviousId);
    if (changes.length === 0) diff.carriedForward.push({ previous: original, next: row });
    else diff.changed.push({ previous: original, next: row, changes });
  }
  diff.removed = previous.filter((row) => !carried.has(row.id));
  return diff;
}

export function diffProgrammes<
  P extends RevisableProgramme,
  F extends RevisableFocusArea,
  G extends RevisableGoal,
  M extends RevisableMeasure,
>(previous: ProgrammeSnapshot<P, F, G, M>, next: ProgrammeSnapshot<P, F, G, M>): ProgrammeDiff<F, G, M> {
  const previousIds = new Set([...previous.focusAreas, ...previous.goals, ...previous.measures].map((row) => row.id));
  const predecessorOf = new Map<string, string>();
  for (const row of [...next.focusAreas, ...next.goals, ...next.measures]) {
    if (row.predecessorId !== null && previousIds.has(row.predecessorId)) predecessorOf.set(row.id, row.predecessorId);
  }
  const toPreviousId = (id: unknown): unknown => (typeof id === "string" ? (predecessorOf.get(id) ?? id) : id);
  return {
    focusAreas: diffRows(previous.focusAreas, next.focusAreas, toPreviousId),
    goals: diffRows(previous.goals, next.goals, toPreviousId),
    measures: diffRows(previous.measures, next.measures, toPreviousId),
  };
}
