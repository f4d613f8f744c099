import type { MeasureColumnKey } from "../measure-columns.js";
import type { NamedRow, OrganisationName } from "./import-types.js";
import { normaliseName } from "./normalise.js";
import type { RowReader } from "./row-reader.js";

// Names in the file → ids, through an index of every name (and code) a row may be known by.
// Two rows sharing a name make the name ambiguous rather than silently picking one.

export type NameIndex = Map<string, Set<string>>;

export function indexNames<T extends { id: string }>(items: readonly T[], names: (item: T) => Array<string | null>): NameIndex {
  const index: NameIndex = new Map();
  for (const item of items) {
    for (const name of names(item)) {
      if (!name) continue;
      const key = normaliseName(name);
      index.set(key, (index.get(key) ?? new Set()).add(item.id));
    }
  }
  return index;
}

export const titledIndex = (rows: readonly NamedRow[]) => indexNames(rows, (row) => [row.title]);
export const organisationIndex = (rows: readonly OrganisationName[]) =>
  indexNames(rows, (row) => [row.name, row.shortName, row.code, row.officialName ?? null]);

export type Found = { id: string } | { missing: "unknown" | "ambiguous" };

export function findName(index: NameIndex, text: string): Found {
  const ids = index.get(normaliseName(text));
  if (!ids || ids.size === 0) return { missing: "unknown" };
  const [only] = ids;
  return ids.size === 1 && only ? { id: only } : { missing: "ambiguous" };
}

/** Resolves a name cell; `undefined` when it was reported, null when the cell is empty. */
export function resolveCell(
  reader: RowReader,
  key: MeasureColumnKey,
  index: NameIndex,
  reasons: { unknown: "unknown_focus_area" | "unknown_organisation"; ambiguous: "ambiguous_focus_area" | "ambiguous_organisation" },
): string | null | undefined {
  if (!reader.filled(key)) return null;
  const value = reader.text(key, 300);
  const found = findName(index, value);
  if ("id" in found) return found.id;
  reader.report(key, reasons[found.missing], { value });
  return undefined;
}
