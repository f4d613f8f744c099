import { PassThrough, Readable } from "node:stream";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../client/create-db.js";
import { migrateToLatest } from "../client/migrate.js";
import { loadDemoData } from "../demo/index.js";
import { openIsolatedDb, type IsolatedDb } from "../testing/isolated-db.js";
import { writeBackup } from "./backup.js";
import { summariseDatabase, type BackupHeader, type TableSummary } from "./backup-schema.js";
import { restoreBackup } from "./restore.js";

// The demo installation on the embedded database is backed up, and the file restored into an
// empty embedded database and — with DATABASE_URL — into an empty PostgreSQL server database:
// every table's row count and checksum must come back the same.

async function emptyEmbedded(): Promise<Db> {
  const db = createDb({ dataDir: "memory://" });
  await migrateToLatest(db);
  return db;
}

async function backupOf(db: Db): Promise<{ bytes: Buffer; header: BackupHeader }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const header = await writeBackup(db, sink, new Date("2026-12-06T08:00:00Z"));
  return { bytes: Buffer.concat(chunks), header };
}

const counted = (tables: TableSummary[]) => Object.fromEntries(tables.map((table) => [table.name, `${table.rows}/${table.checksum}`]));

let source: Db;
let backup: { bytes: Buffer; header: BackupHeader };
let before: TableSummary[];
const opened: Array<Db | IsolatedDb> = [];

beforeAll(async () => {
  source = await emptyEmbedded();
  opened.push(source);
  await loadDemoData(source);
  before = await summariseDatabase(source);
  backup = await backupOf(source);
}, 300_000);

afterAll(async () => {
  for (const db of opened) await ("drop" in db ? db.drop() : db.destroy());
});

describe("backup and restore", () => {
  it("writes every table of the demo installation with its count and checksum", () => {
    expect(backup.header.migration).toMatch(/^\d{4}-/);
    expect(counted(backup.header.tables)).toEqual(counted(before));
    const rows = Object.fromEntries(before.map((table) => [table.name, table.rows]));
    for (const table of ["organisation", "membership", "programme", "focus_area", "measure", "measure_part", "status_report", "app_user"]) {
      expect(rows[table], table).toBeGreaterThan(0);
    }
    expect(before.map((table) => table.name)).not.toContain("kysely_migration");
  });

  it("restores into an empty embedded database with every table the same", async () => {
    const target = await emptyEmbedded();
    opened.push(target);
    await restoreBackup(target, Readable.from(backup.bytes));
    expect(counted(await summariseDatabase(target))).toEqual(counted(before));
  }, 300_000);

  it.skipIf(!process.env.DATABASE_URL)("moves the embedded installation to an empty PostgreSQL server database", async () => {
    const target = await openIsolatedDb("samspill_restore");
    opened.push(target);
    await restoreBackup(target.db, Readable.from(backup.bytes));
    expect(counted(await summariseDatabase(target.db))).toEqual(counted(before));
  }, 300_000);

  it("refuses a database that is not empty, and a file changed since it was written, writing nothing", async () => {
    await expect(restoreBackup(source, Readable.from(backup.bytes))).rejects.toThrow(/not empty/);

    const lines = gunzipSync(backup.bytes).toString("utf8").split("\n");
    const index = lines.findIndex((line) => line.startsWith('{"t":"measure",'));
    lines[index] = lines[index]!.replace(/"progress":\d+/, '"progress":99');
    const target = await emptyEmbedded();
    opened.push(target);
    await expect(restoreBackup(target, Readable.from(gzipSync(lines.join("\n"))))).rejects.toThrow(/does not match the backup.*measure/);
    const left = await summariseDatabase(target);
    expect(left.filter((table) => table.rows > 0)).toEqual([]);

    await expect(restoreBackup(target, Readable.from(gzipSync("not a backup\n")))).rejects.toThrow(/not a Samspill backup/);
    await expect(restoreBackup(target, Readable.from(Buffer.from("plain text, not compressed")))).rejects.toThrow(/not a Samspill backup/);
  }, 300_000);
});
