import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDb } from "./create-db.js";
import { migrateToLatest } from "./migrate.js";

// Two instances started at the same moment both migrate at start. Kysely's migrator holds a
// PostgreSQL advisory lock while it migrates, so the second waits and then finds nothing to do;
// the embedded database is one process's (its folder is locked), and within that process its one
// connection serialises the two.

async function appliedNames(db: ReturnType<typeof createDb>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((row) => row.name);
}

describe("migrating from two places at once", () => {
  it("on the embedded database: both finish, each migration applied once", async () => {
    const db = createDb({ dataDir: "memory://" });
    await Promise.all([migrateToLatest(db), migrateToLatest(db)]);
    const names = await appliedNames(db);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    await db.destroy();
  });

  it.skipIf(!process.env.DATABASE_URL)("on a server: two pools on one empty database both finish, each migration applied once", async () => {
    const url = process.env.DATABASE_URL!;
    const name = `samspill_migrate_twice_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const [first, second] = [createDb({ databaseUrl: target.toString(), poolSize: 2 }), createDb({ databaseUrl: target.toString(), poolSize: 2 })];
    try {
      await Promise.all([migrateToLatest(first), migrateToLatest(second)]);
      const names = await appliedNames(first);
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
    } finally {
      await Promise.all([first.destroy(), second.destroy()]);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
