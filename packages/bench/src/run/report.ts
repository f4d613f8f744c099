import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Endpoint } from "./endpoints.js";
import type { LoadResult } from "./load.js";
import type { FilesResult } from "./scenarios.js";
import type { PairedRounds } from "./sql-floor.js";

// The benchmark's Markdown: one section per Node.js major, written between its own markers in
// docs/PERFORMANCE.md so the rest of the document (and the other runtimes' sections) stay.

export interface EndpointRow {
  endpoint: Endpoint;
  c1?: LoadResult;
  c50?: LoadResult;
  statements?: number;
}

export interface FloorRow {
  /** A dashboard's raw SQL (`council`, `county`), or the baseline with as many statements as a read (`statements-N`). */
  key: string;
  label: string;
  statements: number;
  c1: LoadResult;
  c50: LoadResult;
  /** A dashboard's floor only: the dashboard and its raw SQL at c=1 measured in turn. */
  paired?: PairedRounds;
}

export interface BenchReport {
  command: string;
  date: string;
  machine: string;
  node: string;
  postgres: string;
  dataset: string;
  seconds: { load: number; mixed: number; files: number };
  rows: EndpointRow[];
  floors: FloorRow[];
  mixed?: LoadResult;
  files?: FilesResult;
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(1) : value.toFixed(0));
const rps = (value: number | undefined) => (value === undefined ? "–" : value < 10 ? value.toFixed(1) : value.toFixed(0));
const lat = (r: LoadResult | undefined) => (r ? `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}` : "–");
const yes = (met: boolean) => (met ? "met" : "**not met**");

export function renderReport(report: BenchReport): string {
  const baseline = report.rows.find((row) => row.endpoint.key === "baseline")?.c50?.requestsPerSecond;
  const ratio = (r: LoadResult | undefined) => (r && baseline ? `${((100 * r.requestsPerSecond) / baseline).toFixed(1)} %` : "–");
  const lines = [
    `### Node.js ${report.node}`,
    "",
    `Measured ${report.date} with \`${report.command}\` on ${report.machine}, ${report.postgres}. Data: ${report.dataset}.`,
    `Each load ran ${report.seconds.load} s per concurrency; latencies in ms (p50 / p95 / p99); "vs baseline" is req/s at c=50 against the baseline's at c=50.`,
    "",
    "| endpoint | checks | req/s c=1 | ms c=1 | req/s c=50 | ms c=50 | vs baseline | SQL/req | failures |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
    ...report.rows.map(({ endpoint, c1, c50, statements }) =>
      `| ${endpoint.label} | ${endpoint.checks} | ${rps(c1?.requestsPerSecond)} | ${lat(c1)} | ${rps(c50?.requestsPerSecond)} | ${lat(c50)} | ` +
      `${ratio(c50)} | ${statements ?? "–"} | ${(c1?.failures ?? 0) + (c50?.failures ?? 0)} |`),
    ...report.floors.map((floor) =>
      `| ${floor.label} | the floor | ${rps(floor.c1.requestsPerSecond)} | ${lat(floor.c1)} | ${rps(floor.c50.requestsPerSecond)} | ` +
      `${lat(floor.c50)} | ${ratio(floor.c50)} | ${floor.statements} | ${floor.c1.failures + floor.c50.failures} |`),
    "",
  ];
  if (report.floors.length > 0) {
    lines.push(
      "| dashboard at c=1 | p95 | raw SQL p95 | × raw SQL | p95 ≤ 50 ms | ≤ 2× raw SQL | in turn: p95 / raw SQL p95 (× median) |",
      "|---|--:|--:|--:|---|---|--:|",
    );
    for (const floor of report.floors) {
      const p95 = report.rows.find((row) => row.endpoint.key === floor.key)?.c1?.p95;
      if (p95 === undefined) continue;
      // The ratio measured in turn when there is one: the two minutes apart can see different loads.
      const times = floor.paired?.times ?? p95 / floor.c1.p95;
      const inTurn = floor.paired
        ? `${ms(floor.paired.appP95)} / ${ms(floor.paired.floorP95)} (${floor.paired.times.toFixed(1)}×, ${floor.paired.rounds} rounds)`
        : "–";
      lines.push(`| ${floor.key} | ${ms(p95)} | ${ms(floor.c1.p95)} | ${(p95 / floor.c1.p95).toFixed(1)}× | ${yes(p95 <= 50)} | ${yes(times <= 2)} | ${inTurn} |`);
    }
    lines.push("");
  }
  const statementFloors = new Map(report.floors.filter((floor) => floor.key.startsWith("statements-")).map((floor) => [floor.statements, floor]));
  const reads = report.rows.filter((row) => row.endpoint.checks.startsWith("reads") && row.statements && statementFloors.has(row.statements));
  if (reads.length > 0) {
    lines.push(
      "| read at c=50 | SQL/req | req/s | baseline with as many statements, req/s | of that floor | floor vs the one-row baseline |",
      "|---|--:|--:|--:|--:|--:|",
      ...reads.map(({ endpoint, statements, c50 }) => {
        const floor = statementFloors.get(statements!)!;
        return `| ${endpoint.label} | ${statements} | ${rps(c50?.requestsPerSecond)} | ${rps(floor.c50.requestsPerSecond)} | ` +
          `${c50 ? ((100 * c50.requestsPerSecond) / floor.c50.requestsPerSecond).toFixed(0) : "–"} % | ${ratio(floor.c50)} |`;
      }),
      "",
    );
  }
  if (report.mixed) {
    const m = report.mixed;
    lines.push(
      `Mixed read/write, c=50 for ${report.seconds.mixed} s (seven pages of four roles and one draft saved per round): ` +
      `${rps(m.requestsPerSecond)} req/s, ${m.requests} requests, p50 / p95 / p99 ${lat(m)} ms, ${m.failures} failures — ` +
      `target 0 failures and p99 ≤ 100 ms: ${yes(m.failures === 0 && m.p99 <= 100)}.`, "");
  }
  if (report.files) {
    const { alone, withFiles, downloads } = report.files;
    const made = downloads.filter((d) => d.count > 0)
      .map((d) => `${d.name} ×${d.count}, ${(d.seconds / d.count).toFixed(1)} s and ${(d.bytes / d.count / 1024).toFixed(0)} kB each`);
    const during = `while another user downloaded the big programme's files back to back (${made.join("; ") || "none finished in the time"})`;
    if (withFiles.requests === 0) {
      lines.push(`Pages while files are made (${report.seconds.files} s each): the measure page at c=5 had p95 ${ms(alone.p95)} ms alone; ` +
        `${during} no page was answered at all — target ≤ 100 ms added: ${yes(false)}.`, "");
    } else {
      const added = withFiles.p95 - alone.p95;
      lines.push(`Pages while files are made (${report.seconds.files} s each): the measure page at c=5 had p95 ${ms(alone.p95)} ms alone and ` +
        `${ms(withFiles.p95)} ms ${during}: ${ms(added)} ms added — target ≤ 100 ms: ${yes(added <= 100)}.`, "");
    }
  }
  return lines.join("\n");
}

/** Writes the section between this runtime's markers, appending it the first time. */
export function writeSection(file: string, major: string, section: string): void {
  const begin = `<!-- bench:node${major}:begin -->`;
  const end = `<!-- bench:node${major}:end -->`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  const block = `${begin}\n${section.trim()}\n${end}`;
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  const next = start >= 0 && stop > start
    ? current.slice(0, start) + block + current.slice(stop + end.length)
    : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
