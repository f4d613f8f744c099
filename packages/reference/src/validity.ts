import { addDays } from "./dates.js";
import { compareEntries, type CodeChange, type CodeEntry, type OfficialKind } from "./lists.js";

// Validity merging: from what a source answers to the dated entries of a list.

/** One code with one name over a period, as KLASS answers `/codes?from=…&to=…`. */
export interface RangedCode {
  code: string;
  name: string;
  /** First day in the requested range the code had this name. */
  validFromInRequestedRange: string;
  /** The first day it no longer did (exclusive), or null when it still does. */
  validToInRequestedRange: string | null;
}

export class ValidityError extends Error {
  override readonly name = "ValidityError";
}

/**
 * KLASS's ranges as inclusive entries of a list covering `from` to `to` (exclusive, as
 * requested). A range that reaches `to` is still open: the list does not know its end. Pieces
 * of one code with the same name that meet or overlap become one entry (KLASS answers one per
 * classification version); a code with two names at once is refused.
 */
export function entriesFromRanges(
  ranges: readonly RangedCode[],
  requested: { from: string; to: string },
  countyOf: (code: string) => string | undefined,
): CodeEntry[] {
  const pieces = ranges
    .map((range) => {
      const end = range.validToInRequestedRange;
      if (end !== null && end <= range.validFromInRequestedRange) {
        throw new ValidityError(`${range.code} ${range.name}: its range ends (${end}) before it starts`);
      }
      const validFrom = range.validFromInRequestedRange < requested.from ? requested.from : range.validFromInRequestedRange;
      const validTo = end === null || end >= requested.to ? null : addDays(end, -1);
      const county = countyOf(range.code);
      return { code: range.code, name: range.name, ...(county === undefined ? {} : { county }), validFrom, validTo };
    })
    .filter((entry) => entry.validFrom < requested.to)
    .sort(compareEntries);
  return mergePieces(pieces);
}

function mergePieces(sorted: CodeEntry[]): CodeEntry[] {
  const merged: CodeEntry[] = [];
  for (const piece of sorted) {
    const last = merged.at(-1);
    const touches = last?.code === piece.code && (last.validTo === null || addDays(last.validTo, 1) >= piece.validFrom);
    if (!last || !touches) {
      merged.push({ ...piece });
      continue;
    }
    if (last.name !== piece.name) {
      if (last.validTo === null || last.validTo >= piece.validFrom) {
        throw new ValidityError(`${piece.code}: named both "${last.name}" and "${piece.name}" on ${piece.validFrom}`);
      }
      merged.push({ ...piece });
      continue;
    }
    if (last.validTo !== null && (piece.validTo === null || piece.validTo > last.validTo)) last.validTo = piece.validTo;
  }
  return merged;
}

/** A code and name as a source lists it on one day, without dates (SCB). */
export interface ListedCode {
  code: string;
  name: string;
  county?: string;
}

/**
 * A snapshot of codes valid on `date` merged into the entries a list already holds. SCB gives
 * no dates, so the first listing counts from the list's `from`, and later ones date what moved
 * by the refresh: a code no longer listed ends the day before, a new code and a new name start
 * on it. Ended entries stay as history. The changes found are returned with the entries.
 */
export function mergeSnapshot(
  previous: readonly CodeEntry[],
  snapshot: readonly ListedCode[],
  on: { from: string; date: string; kind: OfficialKind },
): { entries: CodeEntry[]; changes: CodeChange[] } {
  const firstListing = previous.length === 0;
  const start = firstListing ? on.from : on.date;
  const dayBefore = addDays(on.date, -1);
  const listed = new Map(snapshot.map((code) => [code.code, code]));
  const entries: CodeEntry[] = [];
  const changes: CodeChange[] = [];
  const stillOpen = new Set<string>();
  const change = (oldEntry: CodeEntry | undefined, newCode: ListedCode | undefined) =>
    changes.push({
      kind: on.kind, changeOccurred: on.date,
      oldCode: oldEntry?.code ?? null, oldName: oldEntry?.name ?? null,
      newCode: newCode?.code ?? null, newName: newCode?.name ?? null,
    });

  for (const entry of previous) {
    const current = listed.get(entry.code);
    if (entry.validTo !== null) {
      entries.push(entry);
    } else if (current?.name === entry.name) {
      entries.push(entry);
      stillOpen.add(entry.code);
    } else {
      // Ended or renamed on `date`; an entry that only started on `date` had no day of its own.
      if (entry.validFrom <= dayBefore) entries.push({ ...entry, validTo: dayBefore });
      change(entry, current);
      if (current) {
        entries.push(dated(current, on.date));
        stillOpen.add(entry.code);
      }
    }
  }
  for (const code of snapshot) {
    if (stillOpen.has(code.code)) continue;
    entries.push(dated(code, start));
    if (!firstListing) change(undefined, code);
  }
  return { entries: entries.sort(compareEntries), changes };
}

function dated(code: ListedCode, validFrom: string): CodeEntry {
  return { code: code.code, name: code.name, ...(code.county === undefined ? {} : { county: code.county }), validFrom, validTo: null };
}
