import { createDb, dbOptionsFromEnv } from "./create-db.js";
import { migrateToLatest } from "./migrate.js";

// `pnpm --filter @samspill/db migrate`: brings the configured database up to date.
const db = createDb(dbOptionsFromEnv());
try {
  await migrateToLatest(db);
  process.stdout.write("Database is up to date.\n");
} finally {
  await db.destroy();
}
