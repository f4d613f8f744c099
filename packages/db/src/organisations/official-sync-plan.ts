import { DomainError, rangesOverlap, type Country } from "@samspill/domain";
import { addDays, type CodeEntry, type OfficialKind, type OfficialList } from "@samspill/reference";
import type { OrganisationRow } from "./organisation.table.js";

// What bringing the organisations up to date with the official lists means, row by row, as
// pure functions: one organisation per code and unbroken period (a renaming keeps the row),
// matched to the installation's rows by country, code and period — never by name.

/** One organisation the lists describe: a code's periods that follow each other without a gap. */
export interface OfficialHolder {
  kind: OfficialKind;
  country: Country;
  code: string;
  /** The latest name. */
  name: string;
  /** Every name the code had in these periods, oldest first. */
  names: string[];
  validFrom: string;
  validTo: string | null;
  /** False when the code was already valid on the list's first day, so its true start is earlier. */
  startKnown: boolean;
}

export type ExistingOrganisation = Pick<OrganisationRow, "id" | "kind" | "country" | "code" | "name" | "countyId" | "validFrom" | "validTo" | "version">;

/** The official columns of a row: what the lists decide. */
export interface OfficialValues {
  name: string;
  countyId: string | null;
  validFrom: string;
  validTo: string | null;
}

export type SyncStep =
  | { action: "create"; holder: OfficialHolder; values: OfficialValues }
  | { action: "update"; holder: OfficialHolder; row: ExistingOrganisation; patch: Partial<OfficialValues> }
  | { action: "keep"; holder: OfficialHolder; row: ExistingOrganisation };

export function holdersOf(list: OfficialList, kind: OfficialKind): OfficialHolder[] {
  const entries: CodeEntry[] = kind === "county" ? list.counties : list.municipalities;
  const holders: OfficialHolder[] = [];
  for (const entry of entries) {
    const last = holders.at(-1);
    if (last?.code === entry.code && last.validTo !== null && addDays(last.validTo, 1) === entry.validFrom) {
      last.name = entry.name;
      if (!last.names.includes(entry.name)) last.names.push(entry.name);
      last.validTo = entry.validTo;
      continue;
    }
    holders.push({
      kind, country: list.country, code: entry.code, name: entry.name, names: [entry.name],
      validFrom: entry.validFrom, validTo: entry.validTo, startKnown: entry.validFrom > list.from,
    });
  }
  return holders;
}

/** The installation's rows that hold the holder's code in its period (an unknown start reaches back). */
export function rowsOfHolder(holder: OfficialHolder, rows: readonly ExistingOrganisation[]): ExistingOrganisation[] {
  const period = { validFrom: holder.startKnown ? holder.validFrom : "0001-01-01", validTo: holder.validTo };
  return rows.filter((row) => row.country === holder.country && row.code === holder.code && rangesOverlap(row, period));
}

/**
 * The step that makes the installation agree with one holder. The lists decide the period and
 * the county; the name only when the row still carries one of the code's official names (an
 * admin's own name, such as "Region Kalmar län" for län 08, is kept). A row's earlier start is
 * kept when the lists do not know the code's start.
 */
export function planHolder(holder: OfficialHolder, rows: readonly ExistingOrganisation[], countyId: string | null): SyncStep {
  const matches = rowsOfHolder(holder, rows);
  if (matches.length > 1) {
    throw new DomainError("CONFLICT", {
      reason: "official_code_ambiguous",
      params: { country: holder.country, code: holder.code, ids: matches.map((row) => row.id).join(", ") },
    });
  }
  const [row] = matches;
  if (!row) return { action: "create", holder, values: { name: holder.name, countyId, validFrom: holder.validFrom, validTo: holder.validTo } };
  if (row.kind !== holder.kind) {
    throw new DomainError("INVALID_STATE", {
      reason: "official_code_of_other_kind",
      params: { country: holder.country, code: holder.code, id: row.id, kind: row.kind, expected: holder.kind },
    });
  }
  const wanted: OfficialValues = {
    name: holder.names.includes(row.name) ? holder.name : row.name,
    countyId,
    validFrom: holder.startKnown || row.validFrom > holder.validFrom ? holder.validFrom : row.validFrom,
    validTo: holder.validTo,
  };
  const patch: Partial<OfficialValues> = {};
  for (const key of ["name", "countyId", "validFrom", "validTo"] as const) {
    if (row[key] !== wanted[key]) Object.assign(patch, { [key]: wanted[key] });
  }
  return Object.keys(patch).length === 0 ? { action: "keep", holder, row } : { action: "update", holder, row, patch };
}
