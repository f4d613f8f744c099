import { createGzip } from "node:zlib";
import type { Writable } from "node:stream";
import { sql, type Transaction } from "kysely";
import type { Db } from "../client/create-db.js";
import type { Database } from "../client/database.js";
import {
  BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BATCH, ident, inSnapshot, lastMigration, summarise, tablesInOrder,
  type BackedUpTable, type BackupHeader, type TableShape,
} from "./backup-schema.js";

// Writing a backup: the header, then every table's rows in the order a restore inserts them.

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
  const header = await inSnapshot(db, async (trx) => {
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
