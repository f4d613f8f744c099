import { parseArgs } from "node:util";

/** The command line of a bench script: `--name value` options, each also read from an environment variable. */
export function readOptions<K extends string>(spec: Record<K, { env: string; default?: string }>, argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== "--"),
    options: Object.fromEntries(Object.keys(spec).map((name) => [name, { type: "string" as const }])),
    strict: true,
  });
  const read = values as Record<string, string | undefined>;
  const entries = Object.entries(spec) as [K, { env: string; default?: string }][];
  return Object.fromEntries(entries.map(([name, { env, default: fallback }]) =>
    [name, read[name] ?? (process.env[env] || undefined) ?? fallback])) as Record<K, string | undefined>;
}

/**
 * The national database: BENCH_DATABASE_URL, else DATABASE_URL, or a clear refusal.
 * `pnpm bench` runs every package's bench task through turbo, and packages/db's own bench loads
 * the demo data into DATABASE_URL: BENCH_DATABASE_URL keeps that away from the national data.
 */
export function requireDatabaseUrl(command: string): string {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write(`${command} needs a PostgreSQL server: set BENCH_DATABASE_URL (or DATABASE_URL), e.g.\n` +
      `  BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/samspill_bench pnpm ${command}\n`);
    process.exit(2);
  }
  return url;
}
