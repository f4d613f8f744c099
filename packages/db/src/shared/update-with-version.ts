import { DomainError } from "@samspill/domain";
import { sql, type Kysely, type Selectable, type Updateable } from "kysely";
import type { Database } from "../client/database.js";
import type { Executor } from "./executor.js";

/** Tables whose rows carry an `id` and an optimistic-concurrency `version`. */
export type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: unknown; version: unknown } ? K : never;
}[keyof Database];

/** What a caller may change: never the key or the bookkeeping columns. */
export type VersionedPatch<T extends VersionedTable> = Omit<
  Updateable<Database[T]>,
  "id" | "version" | "createdAt" | "updatedAt"
>;

type TableWithUpdatedAt = {
  [K in VersionedTable]: Database[K] extends { updatedAt: unknown } ? K : never;
}[VersionedTable];

// Tables that also keep `updated_at` (the others, such as budget lines, only version). A
// Record, so the compiler reports a table added to or removed from that set.
const HAS_UPDATED_AT: Record<TableWithUpdatedAt, true> = {
  organisation: true, membership: true, appUser: true, partnershipAgreement: true, obligation: true,
  strategy: true, programme: true, focusArea: true, goal: true, measure: true, measurePart: true,
  indicator: true, statusReport: true, meeting: true, comment: true, organisationLogo: true, annualReportText: true,
  identityProvider: true, installationSetting: true,
};

// The body works on rows as plain records: the public signature above keeps callers typed, and
// Kysely cannot narrow a generic table name to its columns.
type LooseDatabase = Record<string, Record<string, unknown>>;

/**
 * Updates one row only if it still has the version the caller read, and bumps the version.
 * Throws NOT_FOUND when the row does not exist, CONFLICT (with `params.currentVersion`) when
 * someone else changed it first, so the client can reload and show what moved.
 */
export async function updateWithVersion<T extends VersionedTable>(
  executor: Executor,
  table: T,
  id: string,
  expectedVersion: number,
  patch: VersionedPatch<T>,
): Promise<Selectable<Database[T]>> {
  const loose = executor as unknown as Kysely<LooseDatabase>;
  const tableName: string = table;
  const bookkeeping: Record<string, unknown> = { version: sql`version + 1` };
  if (Object.hasOwn(HAS_UPDATED_AT, table)) bookkeeping.updatedAt = sql`now()`;

  const updated = await loose
    .updateTable(tableName)
    .set({ ...(patch as Record<string, unknown>), ...bookkeeping })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (updated) return updated as Selectable<Database[T]>;

  const current = await loose.selectFrom(tableName).select("version").where("id", "=", id).executeTakeFirst();
  if (!current) throw new DomainError("NOT_FOUND", { params: { table, id } });
  throw new DomainError("CONFLICT", {
    reason: "version_mismatch",
    params: { table, id, expectedVersion, currentVersion: Number(current.version) },
  });
}
