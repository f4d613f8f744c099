import { listNamedOrganisations, type Executor } from "@samspill/db";
import { officialName } from "@samspill/domain";

// Documents and exports name organisations as they sign: "Stange kommune", not "Stange".

export type OfficialNames = (id: string | null) => string | null;

/** The official names of the organisations, in one query; a lookup that answers null for none. */
export async function officialNames(db: Executor, ids: ReadonlyArray<string | null>): Promise<OfficialNames> {
  const rows = await listNamedOrganisations(db, ids.filter((id): id is string => id !== null));
  const names = new Map(rows.map((row) => [row.id, officialName(row)]));
  return (id) => (id === null ? null : (names.get(id) ?? null));
}
