import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

// Lighthouse's mobile audit multiplies the main-thread time it observes by four, so whatever else
// the machine is doing shows up as the page's blocking time. `pnpm bench` runs the packages'
// benchmarks one after another in the order Turborepo picks, so the audits may start while the
// server benchmarks' PostgreSQL (autovacuum after their writes) or other work is still busy;
// before each audit this waits, for a bounded time, until the processors are mostly idle, and
// reports how idle they were, so a score says how the page did and not how busy the machine was.

/** The share of processor time spent idle over `sampleMs`, from Linux's /proc/stat; undefined elsewhere. */
export async function idleShare(sampleMs = 1000): Promise<number | undefined> {
  const before = processorTimes();
  if (!before) return undefined;
  await sleep(sampleMs);
  const after = processorTimes();
  if (!after) return undefined;
  const total = after.total - before.total;
  return total > 0 ? (after.idle - before.idle) / total : undefined;
}

function processorTimes(): { idle: number; total: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync("/proc/stat", "utf8");
  } catch {
    return undefined;
  }
  // "cpu  user nice system idle iowait irq softirq steal …", summed over all processors.
  const fields = stat.split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { idle, total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
}

/**
 * Waits until the processors were at least `threshold` idle over a second, or `limitMs` has
 * passed, and gives the last idle share measured (undefined where it cannot be measured).
 */
export async function waitForQuietMachine(threshold = 0.85, limitMs = 60_000): Promise<number | undefined> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const share = await idleShare();
    if (share === undefined || share >= threshold || Date.now() >= deadline) return share;
  }
}
