import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { sql, type Transaction } from "kysely";
import type { Db } from "../client/create-db.js";
import type { Database } from "../client/database.js";
import {
  BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupRefused, BATCH, ident, lastMigration, SKIPPED_TABLES, summarise, tablesInOrder,
  type BackupHeader, type TableShape,
} from "./backup-schema.js";

// Restoring a backup into an empty database, all or nothing, checked table by table.

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
