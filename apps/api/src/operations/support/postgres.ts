import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { createDb } from "@samspill/db";

// The databases these tests stand on: a fresh one on the PostgreSQL server CI already runs, and,
// for the outage, a throwaway server of their own in a temporary folder that the test may stop
// and start — never the machine's main cluster.

/** The server to make fresh databases on; CI's (and every developer's) local PostgreSQL unless set. */
const SERVER_URL = process.env.SAMSPILL_OPERATIONS_POSTGRES ?? "postgres://postgres@127.0.0.1:5432";

export interface FreshDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function onServer(statement: string): Promise<void> {
  const db = createDb({ databaseUrl: `${SERVER_URL}/postgres`, poolSize: 1 });
  try {
    await sql.raw(statement).execute(db);
  } finally {
    await db.destroy();
  }
}

/**
 * An empty database, dropped (with its connections) afterwards: named by SAMSPILL_OPERATIONS_DATABASE
 * (so `.ci/operations` can drop it even if the run is cut short), else after the test and this process.
 */
export async function freshDatabase(purpose: string): Promise<FreshDatabase> {
  const name = process.env.SAMSPILL_OPERATIONS_DATABASE ?? `samspill_${purpose}_${process.pid}`;
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onServer(`CREATE DATABASE ${name}`);
  return { url: `${SERVER_URL}/${name}`, drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface Cluster {
  url: string;
  /** Starts the server; resolves once it accepts connections. */
  start: () => Promise<void>;
  /** Stops the server as a restart does: every connection cut at once, running transactions rolled back. */
  stop: () => Promise<void>;
  remove: () => Promise<void>;
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const version = readdirSync(root).sort((a, b) => Number(a) - Number(b)).at(-1);
  const bin = path.join(root, version ?? "", "bin");
  if (!existsSync(path.join(bin, "initdb"))) throw new Error(`no PostgreSQL server binaries under ${root}`);
  return bin;
}

/** A PostgreSQL server of its own on `port`, its data in a temporary folder; as root it runs as `postgres`. */
export async function throwawayCluster(port: number): Promise<Cluster> {
  const bin = postgresBin();
  const folder = mkdtempSync(path.join(tmpdir(), "samspill-cluster-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(folder, uid, gid);
  }
  const run = async (program: string, args: string[]) => {
    await promisify(execFile)(asRoot ? "runuser" : path.join(bin, program), asRoot ? ["-u", "postgres", "--", path.join(bin, program), ...args] : args);
  };
  const data = path.join(folder, "data");
  await run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "--no-instructions"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  const start = () => run("pg_ctl", ["-D", data, "-l", path.join(folder, "server.log"), "-o", options, "-w", "-t", "30", "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      await run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
