import os from "node:os";
import path from "node:path";
import pg from "pg";
import { readOptions, requireDatabaseUrl } from "../shared/args.js";
import { runBench, type BenchSettings } from "./bench.js";
import { renderReport, writeSection } from "./report.js";
import { packageDir, resolveNode } from "./runtime.js";

// `pnpm bench`: Samspill's production server and a plain Fastify + pg baseline on the national
// database, under load. Every option is also an environment variable (BENCH_…), which is how
// they reach this script through turbo.

const options = readOptions({
  node: { env: "BENCH_NODE" },
  quick: { env: "BENCH_QUICK", default: "false" },
  seconds: { env: "BENCH_SECONDS" },
  "mixed-seconds": { env: "BENCH_MIXED_SECONDS" },
  "files-seconds": { env: "BENCH_FILES_SECONDS" },
  port: { env: "BENCH_PORT", default: "3100" },
  only: { env: "BENCH_ONLY" },
  write: { env: "BENCH_WRITE", default: "true" },
});
const databaseUrl = requireDatabaseUrl("bench");
const quick = options.quick === "true";
const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
const node = resolveNode(options.node);
const settings: BenchSettings = {
  databaseUrl, node, port: number(options.port, 3100),
  seconds: { load: number(options.seconds, quick ? 3 : 10), mixed: number(options["mixed-seconds"], quick ? 20 : 60), files: number(options["files-seconds"], quick ? 10 : 30) },
  only: options.only ? new Set(options.only.split(",")) : undefined,
  log: (line) => process.stdout.write(`${line}\n`),
};

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
try {
  const result = await runBench(client, settings);
  const command = [
    `BENCH_DATABASE_URL=postgres://…/${new URL(databaseUrl).pathname.slice(1)}`,
    options.node ? `BENCH_NODE=${/^\d+$/.test(options.node) ? options.node : node.version.slice(1).split(".")[0]}` : "",
    quick ? "BENCH_QUICK=true" : "",
    "pnpm bench",
  ].filter(Boolean).join(" ");
  const cpu = os.cpus();
  const markdown = renderReport({
    ...result, command, date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB ` +
      `(load average ${os.loadavg()[0]!.toFixed(1)} at the end, from everything else on the machine too)`,
    node: node.version, seconds: settings.seconds,
  });
  process.stdout.write(`\n${markdown}\n`);
  if (options.write !== "false" && !settings.only) {
    const file = path.resolve(packageDir, "../../docs/PERFORMANCE.md");
    writeSection(file, node.version.slice(1).split(".")[0]!, markdown);
    process.stdout.write(`Written to ${path.relative(process.cwd(), file)}\n`);
  }
} finally {
  await client.end();
}
