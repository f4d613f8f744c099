import { createGunzip, createGzip } from "node:zlib";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { sql, type Transaction } from "kysely";
import type { Db } from "../client/create-db.js";
import type { Database } from "../client/database.js";

// A logical backup of the whole database as gzip-compressed JSON lines: a header naming the
// schema's last migration and, per table, its row count and checksum; then every row as
// PostgreSQL's own `to_jsonb` renders it. The same file restores into the embedded database or
// a PostgreSQL server (so it also moves an installation from one to the other), into an empty
// database migrated to the same schema; the restore checks every table's count and checksum.

export const BACKUP_FORMAT = "samspill-backup";
export const BACKUP_FORMAT_VERSION = 1;

/** Kysely's own bookkeeping: the target's migrations write it, the backup does not carry it. */
const SKIPPED_TABLES = new Set(["kysely_migration", "kysely_migration_lock"]);
const BATCH = 2_000;

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

interface TableShape {
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

const ident = (name: string) => sql.id(name);

async function tablesInOrder(trx: Transaction<Database>): Promise<TableShape[]> {
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

async function summarise(trx: Transaction<Database>, table: string): Promise<TableSummary> {
  const { rows } = await sql<{ rows: number; checksum: string | null }>`
    select count(*)::int as rows,
      sum(('x' || substr(md5(to_jsonb(t)::text), 1, 15))::bit(60)::bigint)::text as checksum
    from ${ident(table)} t`.execute(trx);
  return { name: table, rows: Number(rows[0]?.rows ?? 0), checksum: rows[0]?.checksum ?? "0" };
}

/** Every table's row count and checksum, read in one snapshot. */
export async function summariseDatabase(db: Db): Promise<TableSummary[]> {
  return db.transaction().execute(async (trx) => {
    await sql`set transaction isolation level repeatable read, read only`.execute(trx);
    await sql`set local timezone = 'UTC'`.execute(trx);
    const tables = await tablesInOrder(trx);
    const summaries: TableSummary[] = [];
    for (const table of tables) summaries.push(await summarise(trx, table.name));
    return summaries;
  });
}

async function lastMigration(trx: Transaction<Database>): Promise<string> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(trx);
  const name = rows[0]?.name;
  if (!name) throw new Error("The database has no schema yet: start the portal once, or run the migrations, before a backup");
  return name;
}

/** Rows with parents (or predecessors) in the same table come after them. */
function parentsFirst(rows: Array<Record<string, unknown>>, shape: TableShape): Array<Record<string, unknown>> {
  const idColumn = shape.key.length === 1 ? shape.key[0]!.column : undefined;
  if (shape.selfReferences.length === 0 || !idColumn) return rows;
  const byId = new Map(rows.map((row) => [String(row[idColumn]), row]));
  const placed = new Set<string>();
  const out: Array<Record<string, unknown>> = [];
  const place = (row: Record<string, unknown>, depth: number) => {
    const id = String(row[idColumn]);
    if (placed.has(id) || depth > rows.length) return;
    for (const columns of shape.selfReferences) {
      // A composite self reference (programme_id, parent_id) points at the parent's id by its last column.
      const parentId = row[columns[columns.length - 1]!];
      const parent = parentId == null ? undefined : byId.get(String(parentId));
      if (parent && parent !== row) place(parent, depth + 1);
    }
    placed.add(id);
    out.push(row);
  };
  for (const row of rows) place(row, 0);
  return out;
}

async function* rowsOf(trx: Transaction<Database>, shape: TableShape): AsyncGenerator<Record<string, unknown>> {
  const columns = sql.join(shape.key.map(({ column }) => sql`t.${ident(column)}`));
  // Rows travel as PostgreSQL's JSON text, parsed here: the query builder would rename their keys.
  const parsed = (rows: Array<{ row: string }>) => rows.map(({ row }) => JSON.parse(row) as Record<string, unknown>);
  if (shape.selfReferences.length > 0) {
    const { rows } = await sql<{ row: string }>`
      select to_jsonb(t)::text as row from ${ident(shape.name)} t order by ${columns}`.execute(trx);
    yield* parentsFirst(parsed(rows), shape);
    return;
  }
  let after: unknown[] | undefined;
  for (;;) {
    const from = after
      ? sql`where (${columns}) > (${sql.join(after.map((value, index) => sql`cast(${value} as ${sql.raw(shape.key[index]!.type)})`))})`
      : sql``;
    const { rows } = await sql<{ row: string }>`
      select to_jsonb(t)::text as row from ${ident(shape.name)} t ${from} order by ${columns} limit ${BATCH}`.execute(trx);
    const batch = parsed(rows);
    for (const row of batch) yield row;
    if (batch.length < BATCH) return;
    const last = batch[batch.length - 1]!;
    after = shape.key.map(({ column }) => last[column]);
  }
}

function writeLine(out: Writable, value: unknown): Promise<void> {
  if (out.write(`${JSON.stringify(value)}\n`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      out.off("drain", onDrain);
      reject(error);
    };
    const onDrain = () => {
      out.off("error", onError);
      resolve();
    };
    out.once("drain", onDrain).once("error", onError);
  });
}

/**
 * Writes the whole database, as one consistent snapshot, to `output` (gzip-compressed JSON
 * lines). Returns the header: the tables with their counts and checksums.
 */
export async function writeBackup(db: Db, output: Writable, now: Date = new Date()): Promise<BackupHeader> {
  const gzip = createGzip();
  const finished = new Promise<void>((resolve, reject) => {
    output.once("finish", resolve).once("close", resolve).once("error", reject);
    gzip.once("error", reject);
  });
  gzip.pipe(output);
  const header = await db.transaction().execute(async (trx) => {
    await sql`set transaction isolation level repeatable read, read only`.execute(trx);
    await sql`set local timezone = 'UTC'`.execute(trx);
    const tables = await tablesInOrder(trx);
    const summaries: BackedUpTable[] = [];
    for (const table of tables) summaries.push({ ...(await summarise(trx, table.name)), deferred: table.deferred });
    const head: BackupHeader = {
      format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, migration: await lastMigration(trx), createdAt: now.toISOString(), tables: summaries,
    };
    await writeLine(gzip, head);
    for (const table of tables) {
      for await (const row of rowsOf(trx, table)) await writeLine(gzip, { t: table.name, r: row });
    }
    return head;
  });
  gzip.end();
  await finished;
  return header;
}

export class BackupRefused extends Error {
  override readonly name = "BackupRefused";
}

async function insertBatch(trx: Transaction<Database>, table: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into ${ident(table)} overriding system value
    select * from jsonb_populate_recordset(null::${ident(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(trx);
}

/** Sets the deferred columns of rows already restored, by their single-column key. */
async function setDeferred(trx: Transaction<Database>, shape: TableShape, rows: Array<Record<string, unknown>>): Promise<void> {
  const id = shape.key[0]!.column;
  for (let start = 0; start < rows.length; start += BATCH) {
    const values = JSON.stringify(rows.slice(start, start + BATCH));
    const assignments = sql.join(shape.deferred.map((column) => sql`${ident(column)} = v.${ident(column)}`));
    await sql`update ${ident(shape.name)} t set ${assignments}
      from jsonb_populate_recordset(null::${ident(shape.name)}, ${values}::jsonb) v where t.${ident(id)} = v.${ident(id)}`.execute(trx);
  }
}

/**
 * Restores a backup into an empty database migrated to the backup's schema, all or nothing:
 * every row in one transaction, identity counters moved past the restored rows, and every table's
 * count and checksum compared with the backup's before it commits.
 */
export async function restoreBackup(db: Db, input: Readable): Promise<BackupHeader> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  // A file that does not unpack, or does not read as the stated format, is refused as damaged.
  const next = async () => {
    try {
      return await iterator.next();
    } catch {
      throw new BackupRefused("This is not a Samspill backup file, or it is damaged");
    }
  };
  let header: BackupHeader | undefined;
  try {
    const first = await next();
    header = first.done ? undefined : (JSON.parse(first.value) as BackupHeader);
  } catch {
    header = undefined;
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupRefused("This is not a Samspill backup file");
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupRefused(`Backup format ${header.formatVersion} is not one this version reads`);

  return db.transaction().execute(async (trx) => {
    await sql`set local timezone = 'UTC'`.execute(trx);
    const migration = await lastMigration(trx);
    if (migration !== header.migration) {
      throw new BackupRefused(`The backup's schema is ${header.migration}, this database's ${migration}: restore with the Samspill version that made it`);
    }
    const tables = await tablesInOrder(trx);
    for (const table of tables) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${ident(table.name)}`.execute(trx);
      if (Number(rows[0]?.n) > 0) throw new BackupRefused(`The database is not empty (${table.name} has rows): restore into a new, empty database`);
    }
    // The rows follow the backup's order, so its deferred columns are the ones to hold back.
    const deferredIn = new Map(header.tables.map((table) => [table.name, table.deferred ?? []]));
    const shapes = new Map(tables.map((shape) => [shape.name, { ...shape, deferred: deferredIn.get(shape.name) ?? shape.deferred }]));
    const later = new Map<string, Array<Record<string, unknown>>>();
    let table: string | undefined;
    let batch: unknown[] = [];
    for (;;) {
      const line = await next();
      if (line.done) break;
      if (line.value === "") continue;
      const { t, r } = JSON.parse(line.value) as { t: string; r: Record<string, unknown> };
      const shape = shapes.get(t);
      if (!shape) throw new BackupRefused(`The backup has a table this database does not: ${t}`);
      if (t !== table || batch.length >= BATCH) {
        if (table) await insertBatch(trx, table, batch);
        table = t;
        batch = [];
      }
      if (shape.deferred.length > 0) {
        const id = shape.key[0]!.column;
        later.set(t, [...(later.get(t) ?? []), Object.fromEntries([id, ...shape.deferred].map((column) => [column, r[column]]))]);
        batch.push({ ...r, ...Object.fromEntries(shape.deferred.map((column) => [column, null])) });
      } else {
        batch.push(r);
      }
    }
    if (table) await insertBatch(trx, table, batch);
    for (const [name, rows] of later) await setDeferred(trx, shapes.get(name)!, rows);

    // Identity columns (audit events, sign-in attempts) continue after the restored rows.
    const { rows: identities } = await sql<{ table: string; column: string }>`
      select table_name as "table", column_name as "column" from information_schema.columns
      where table_schema = 'public' and is_identity = 'YES'`.execute(trx);
    for (const { table: name, column } of identities) {
      if (SKIPPED_TABLES.has(name)) continue;
      await sql`select setval(pg_get_serial_sequence(${name}, ${column}), coalesce((select max(${ident(column)}) from ${ident(name)}), 0) + 1, false)`.execute(trx);
    }

    const expected = new Map(header.tables.map((summary) => [summary.name, summary]));
    const mismatches: string[] = [];
    for (const shape of tables) {
      const restored = await summarise(trx, shape.name);
      const wanted = expected.get(shape.name) ?? { rows: 0, checksum: "0" };
      if (restored.rows !== wanted.rows || restored.checksum !== wanted.checksum) {
        mismatches.push(`${shape.name}: ${restored.rows} rows restored, ${wanted.rows} in the backup`);
      }
    }
    if (mismatches.length > 0) throw new BackupRefused(`The restored data does not match the backup, nothing was written: ${mismatches.join("; ")}`);
    return header;
  });
}
