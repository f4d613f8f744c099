import pg from "pg";
import { createDb, type Db } from "../client/create-db.js";
import { migrateToLatest } from "../client/migrate.js";

export interface IsolatedDb {
  db: Db;
  /** Closes the database and, on a server, drops it. */
  drop(): Promise<void>;
}

/**
 * A migrated database of its own: an in-memory PGlite, or with DATABASE_URL a fresh database on
 * that server. For tests that load the official lists, whose open-ended real codes would meet
 * the random codes other tests put into the run's shared database.
 */
export async function openIsolatedDb(prefix = "samspill_isolated"): Promise<IsolatedDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = createDb({ dataDir: "memory://" });
    await migrateToLatest(db);
    return { db, drop: () => db.destroy() };
  }
  const name = `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = createDb({ databaseUrl: target.toString(), poolSize: 2 });
  await migrateToLatest(db);
  return {
    db,
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
