import { createDb, type Db } from "../client/create-db.js";
import { migrateToLatest } from "../client/migrate.js";

// One database per test run: test files share this module (vitest runs them in one worker
// without isolation), so the embedded database starts and migrates once, not per file.
let testDb: Promise<Db> | undefined;

/**
 * The run's database, migrated: a server when DATABASE_URL is set, else an in-memory PGlite.
 * Tests never truncate it; each builds its own rows with the factories, so tests can share it
 * (and a server database) without depending on one another.
 */
export function getTestDb(): Promise<Db> {
  testDb ??= (async () => {
    const db = createDb({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: "memory://" });
    await migrateToLatest(db);
    return db;
  })();
  return testDb;
}
