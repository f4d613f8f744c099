import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import type { Database } from "./database.js";
import { RowKeysPlugin } from "./row-keys.js";
import { CountedPGliteDialect, recordStatement } from "./statement-count.js";
import { parseTimestamptz } from "./timestamps.js";

export type Db = Kysely<Database>;

export interface CreateDbOptions {
  /** PostgreSQL server URL. Without it, an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Where the embedded database keeps its files; `memory://` keeps nothing. */
  dataDir?: string | undefined;
  /** Largest number of pooled server connections. */
  poolSize?: number;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Default folder of the embedded database: `.data/pglite` under the project. */
export const defaultDataDir = path.join(projectRoot, ".data", "pglite");

// bigint (int8) and numeric come back from `pg` as strings; amounts in minor units stay far
// below 2^53, so numbers are safe and easier for every layer above.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
// Dates stay ISO strings (YYYY-MM-DD) so no time zone can move them a day.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, parseTimestamptz);

// The PGlite instance behind an embedded Db, for the job queue (pg-boss), which needs the
// driver itself rather than Kysely; both share the instance and its transaction lock.
const embedded = new WeakMap<Db, PGlite>();

/** The embedded PGlite instance behind `db`, or undefined when it runs on a server. */
export function embeddedPglite(db: Db): PGlite | undefined {
  return embedded.get(db);
}

export function createDb(options: CreateDbOptions = {}): Db {
  const plugins = [new RowKeysPlugin()];
  if (options.databaseUrl) {
    // A server that accepts the connection but does not answer (restarting, overloaded) fails
    // the request after five seconds instead of holding it for ever.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 });
    // A restarted server kills idle and checked-out clients; without these listeners the
    // 'error' event would crash the process instead of failing one request.
    pool.on("error", (error) => console.error("[db] idle client error:", error.message));
    pool.on("connect", (client) => {
      client.on("error", (error) => console.error("[db] client error:", error.message));
    });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins, log: recordStatement });
  }
  const dataDir = options.dataDir ?? defaultDataDir;
  const pglite = dataDir.startsWith("memory://") ? openPglite(dataDir) : openLockedPglite(dataDir);
  const db = new Kysely<Database>({ dialect: new CountedPGliteDialect({ pglite }), plugins, log: recordStatement });
  embedded.set(db, pglite);
  return db;
}

function openPglite(dataDir: string): PGlite {
  return new PGlite({ dataDir, extensions: { btree_gist }, parsers: pgliteParsers });
}

/** A folder on disk is one process's at a time; the lock is given back when the database closes. */
function openLockedPglite(dataDir: string): PGlite {
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const release = lockDataDir(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const pglite = openPglite(dataDir);
  const close = pglite.close.bind(pglite);
  pglite.close = async () => {
    try {
      await close();
    } finally {
      release();
    }
  };
  return pglite;
}

// The same value shapes as the `pg` parsers above, so both drivers answer alike.
const pgliteParsers = {
  20: (value: string) => Number(value),
  1700: (value: string) => Number(value),
  1082: (value: string) => value,
};

/** Options from the environment: DATABASE_URL and SAMSPILL_DATA_DIR. */
export function dbOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CreateDbOptions {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.SAMSPILL_DATA_DIR || undefined };
}
