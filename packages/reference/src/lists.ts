import { z } from "zod";
import { addDays, IsoDateSchema } from "./dates.js";

// The shape of the official lists in data/: per country its counties and municipalities, each
// code with the period it was valid (inclusive; `validTo` null = still valid on the list's
// date), the changes between them, and where the list came from.

export const LIST_COUNTRIES = ["NO", "SE"] as const;
export type ListCountry = (typeof LIST_COUNTRIES)[number];

export type OfficialKind = "county" | "municipality";

export const CodeEntrySchema = z.strictObject({
  code: z.string().regex(/^\d{2}(\d{2})?$/),
  name: z.string().min(1),
  /** A municipality's county code: the first two digits of its number. */
  county: z.string().regex(/^\d{2}$/).optional(),
  /** First day valid; the list's `from` when the code was already valid on that day. */
  validFrom: IsoDateSchema,
  /** Last day valid; null while the code is valid on the list's date. */
  validTo: IsoDateSchema.nullable(),
});
export type CodeEntry = z.infer<typeof CodeEntrySchema>;

const NullableCode = z.string().regex(/^\d{2}(\d{2})?$/).nullable();

/** A merger, split, renumbering or renaming: the old code and name became the new ones on a date. */
export const CodeChangeSchema = z.strictObject({
  kind: z.enum(["county", "municipality"]),
  changeOccurred: IsoDateSchema,
  oldCode: NullableCode,
  oldName: z.string().min(1).nullable(),
  newCode: NullableCode,
  newName: z.string().min(1).nullable(),
});
export type CodeChange = z.infer<typeof CodeChangeSchema>;

export const ListSourceSchema = z.strictObject({
  source: z.string().min(1),
  licence: z.string().min(1),
  /** The first day the list covers: history before it is not in the list. */
  from: IsoDateSchema,
  /** The day the list is valid on: later changes are not in it yet. */
  date: IsoDateSchema,
});
export type ListSource = z.infer<typeof ListSourceSchema>;

/** sources.json: each country's source, once its list has been written. */
export const ListSourcesSchema = z.strictObject({ NO: ListSourceSchema.optional(), SE: ListSourceSchema.optional() });

export interface OfficialList extends ListSource {
  country: ListCountry;
  counties: CodeEntry[];
  municipalities: CodeEntry[];
  changes: CodeChange[];
}

/** Whether an entry is valid on a date. */
export function validOn(entry: Pick<CodeEntry, "validFrom" | "validTo">, date: string): boolean {
  return entry.validFrom <= date && (entry.validTo === null || date <= entry.validTo);
}

/** The entries of a list valid on a date. */
export function entriesOn(entries: readonly CodeEntry[], date: string): CodeEntry[] {
  return entries.filter((entry) => validOn(entry, date));
}

/** Entries in file order: by code, then by period. */
export function compareEntries(a: CodeEntry, b: CodeEntry): number {
  return a.code === b.code ? a.validFrom.localeCompare(b.validFrom) : a.code.localeCompare(b.code);
}

export function compareChanges(a: CodeChange, b: CodeChange): number {
  return (
    a.changeOccurred.localeCompare(b.changeOccurred) ||
    (a.kind === b.kind ? 0 : a.kind === "county" ? -1 : 1) ||
    (a.oldCode ?? "").localeCompare(b.oldCode ?? "") ||
    (a.newCode ?? "").localeCompare(b.newCode ?? "")
  );
}

/**
 * What is wrong with a list, in words an operator can act on; empty when it holds together:
 * periods inside the list's span and in order, one holder per code and day, every municipality
 * in a county of the list that is valid when the municipality's period starts, changes inside
 * the span and naming codes the list holds on that day.
 */
export function problemsOf(list: OfficialList): string[] {
  const problems: string[] = [];
  const check = (entries: CodeEntry[], kind: OfficialKind) => {
    const digits = kind === "county" ? 2 : 4;
    entries.forEach((entry, index) => {
      const label = `${kind} ${entry.code} ${entry.name}`;
      if (entry.code.length !== digits) problems.push(`${label}: a ${kind} code has ${digits} digits`);
      if (entry.validFrom < list.from || entry.validFrom > list.date) {
        problems.push(`${label}: valid from ${entry.validFrom}, outside ${list.from}–${list.date}`);
      }
      if (entry.validTo !== null && (entry.validTo < entry.validFrom || entry.validTo > list.date)) {
        problems.push(`${label}: valid to ${entry.validTo}, before its start or after ${list.date}`);
      }
      const previous = entries[index - 1];
      if (previous && compareEntries(previous, entry) >= 0) problems.push(`${label}: out of order`);
      if (previous?.code === entry.code && (previous.validTo === null || previous.validTo >= entry.validFrom)) {
        problems.push(`${label}: overlaps the period of ${previous.name}`);
      }
    });
  };
  check(list.counties, "county");
  check(list.municipalities, "municipality");
  for (const county of list.counties) {
    if (county.county !== undefined) problems.push(`county ${county.code} ${county.name}: a county lies in no county`);
  }
  for (const municipality of list.municipalities) {
    const label = `municipality ${municipality.code} ${municipality.name}`;
    if (municipality.county !== municipality.code.slice(0, 2)) {
      problems.push(`${label}: its county must be ${municipality.code.slice(0, 2)}`);
    } else if (!list.counties.some((county) => county.code === municipality.county && validOn(county, municipality.validFrom))) {
      problems.push(`${label}: no county ${municipality.county} on ${municipality.validFrom}`);
    }
  }
  for (const change of list.changes) {
    const label = `change ${change.oldCode ?? "–"} → ${change.newCode ?? "–"} on ${change.changeOccurred}`;
    if (change.changeOccurred <= list.from || change.changeOccurred > list.date) {
      problems.push(`${label}: outside ${list.from}–${list.date}`);
      continue;
    }
    const entries = change.kind === "county" ? list.counties : list.municipalities;
    const dayBefore = addDays(change.changeOccurred, -1);
    if (change.oldCode !== null && !entries.some((e) => e.code === change.oldCode && validOn(e, dayBefore))) {
      problems.push(`${label}: the list has no ${change.kind} ${change.oldCode} on the day before`);
    }
    if (change.newCode !== null && !entries.some((e) => e.code === change.newCode && validOn(e, change.changeOccurred))) {
      problems.push(`${label}: the list has no ${change.kind} ${change.newCode} on that day`);
    }
  }
  return problems;
}
