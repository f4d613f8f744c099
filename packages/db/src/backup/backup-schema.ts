import { sql, type Transaction } from "kysely";
import type { Db } from "../client/create-db.js";
import type { Database } from "../client/database.js";

// A logical backup of the whole database as gzip-compressed JSON lines: a header naming the
// schema's last migration and, per table, its row count and checksum; then every row as
// PostgreSQL's own `to_jsonb` renders it. The same file restores into the embedded database or
// a PostgreSQL server (so it also moves an installation from one to the other), into an empty
// database migrated to the same schema; the restore checks every table's count and checksum.
// This file holds what both sides read of the schema: the tables in order, their checksums.

export const BACKUP_FORMAT = "samspill-backup";
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Not carried by the backup: Kysely's own bookkeeping, which the target's migrations write, and
 * the reporting revisions (migration 0010), which the target's triggers write as the rows go in.
 */
export const SKIPPED_TABLES = new Set(["kysely_migration", "kysely_migration_lock", "reporting_revision"]);
export const BATCH = 2_000;

export interface TableSummary {
  name: string;
  rows: number;
  /** Order-independent: the sum of each row's md5 prefix, over its `to_jsonb` text in UTC. */
  checksum: string;
}

/** A table in the backup: its summary, and the columns restored after every row is in. */
export interface BackedUpTable extends TableSummary {
  deferred: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  migration: string;
  createdAt: string;
  /** In the order the rows follow: referenced tables first. */
  tables: BackedUpTable[];
}

export interface TableShape {
  name: string;
  /** The primary key's columns with their types, for reading in key order. */
  key: Array<{ column: string; type: string }>;
  /** Columns that point at the same table (a parent, a predecessor): parents are written first. */
  selfReferences: string[][];
  /**
   * Columns that close a circle between tables (a programme names the decision that adopted it,
   * the decision the programme it adopts): restored empty first, then set once every row is in.
   */
  deferred: string[];
}

export const ident = (name: string) => sql.id(name);

export async function tablesInOrder(trx: Transaction<Database>): Promise<TableShape[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by c.relname`.execute(trx);
  const { rows: keys } = await sql<{ table: string; column: string; type: string; position: number }>`
    select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as type,
      array_position(i.indkey::int2[], a.attnum) as position
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
    where i.indisprimary and n.nspname = 'public' order by 1, 4`.execute(trx);
  const { rows: references } = await sql<{ from: string; to: string; columns: string[] }>`
    select src.relname as "from", dst.relname as "to",
      array(select a.attname from unnest(con.conkey) k join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k) as columns
    from pg_constraint con join pg_class src on src.oid = con.conrelid join pg_class dst on dst.oid = con.confrelid
    join pg_namespace n on n.oid = src.relnamespace where con.contype = 'f' and n.nspname = 'public'
    order by src.relname, dst.relname, con.conname`.execute(trx);

  const shapes = new Map<string, TableShape>();
  for (const { name } of tables) {
    if (SKIPPED_TABLES.has(name)) continue;
    const key = keys.filter((row) => row.table === name).map(({ column, type }) => ({ column, type }));
    if (key.length === 0) throw new Error(`Table ${name} has no primary key; the backup reads every table in key order`);
    const selfReferences = references.filter((ref) => ref.from === name && ref.to === name).map((ref) => ref.columns);
    shapes.set(name, { name, key, selfReferences, deferred: [] });
  }
  // Referenced tables before the tables that reference them; a reference back into the path
  // being walked closes a circle, and its columns are deferred.
  const ordered: TableShape[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    const shape = shapes.get(name);
    if (!shape || ordered.includes(shape)) return;
    visiting.add(name);
    for (const ref of references) {
      if (ref.from !== name || ref.to === name) continue;
      if (visiting.has(ref.to)) shape.deferred.push(...ref.columns);
      else visit(ref.to);
    }
    visiting.delete(name);
    ordered.push(shape);
  };
  for (const name of shapes.keys()) visit(name);
  return ordered;
}

export async function summarise(trx: Transaction<Database>, table: string): Promise<TableSummary> {
  const { rows } = await sql<{ rows: number; checksum: string | null }>`
    select count(*)::int as rows,
      sum(('x' || substr(md5(to_jsonb(t)::text), 1, 15))::bit(60)::bigint)::text as checksum
    from ${ident(table)} t`.execute(trx);
  return { name: table, rows: Number(rows[0]?.rows ?? 0), checksum: rows[0]?.checksum ?? "0" };
}

/** Every table's row count and checksum, read in one snapshot. */
export async function summariseDatabase(db: Db): Promise<TableSummary[]> {
  return inSnapshot(db, async (trx) => {
    const tables = await tablesInOrder(trx);
    const summaries: TableSummary[] = [];
    for (const table of tables) summaries.push(await summarise(trx, table.name));
    return summaries;
  });
}

export async function lastMigration(trx: Transaction<Database>): Promise<string> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(trx);
  const name = rows[0]?.name;
  if (!name) throw new Error("The database has no schema yet: start the portal once, or run the migrations, before a backup");
  return name;
}

/** Runs `read` in one read-only snapshot, timestamps in UTC, as backups and checksums read. */
export async function inSnapshot<T>(db: Db, read: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set transaction isolation level repeatable read, read only`.execute(trx);
    await sql`set local timezone = 'UTC'`.execute(trx);
    return read(trx);
  });
}

export class BackupRefused extends Error {
  override readonly name = "BackupRefused";
}
