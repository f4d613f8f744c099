// How big the generated installation is. Scale 1 is the national installation of the
// benchmark; a test uses a small scale factor for the same shapes in a few seconds.

export interface BenchPlan {
  seed: string;
  scale: number;
  councils: number;
  measures: number;
  users: number;
  indicatorValues: number;
  auditEvents: number;
  /** The first council's programmes are this many times an ordinary council's: the big programme of the benchmark. */
  bigCouncilWeight: number;
}

export const DEFAULT_SEED = "samspill-bench";
/** The one password of every generated user (benchmark data only). */
export const BENCH_PASSWORD = "samspill-bench";
export const BENCH_EMAIL_DOMAIN = "bench.samspill.no";

export function planFor(scale = 1, seed = DEFAULT_SEED): BenchPlan {
  if (!(scale > 0 && scale <= 10)) throw new Error(`The scale factor must be above 0 and at most 10, got ${scale}`);
  return {
    seed,
    scale,
    councils: Math.max(2, Math.round(100 * scale)),
    measures: Math.max(40, Math.round(20_000 * scale)),
    users: Math.max(20, Math.round(5_000 * scale)),
    indicatorValues: Math.round(1_000_000 * scale),
    auditEvents: Math.round(500_000 * scale),
    bigCouncilWeight: 10,
  };
}

/** The reporting periods of every council: four years, then the tertials of 2026 (T3 is open). */
export const PERIODS = [
  { name: "2021", start: "2021-01-01", end: "2021-12-31", deadline: "2022-01-31" },
  { name: "2022", start: "2022-01-01", end: "2022-12-31", deadline: "2023-01-31" },
  { name: "2023", start: "2023-01-01", end: "2023-12-31", deadline: "2024-01-31" },
  { name: "2024", start: "2024-01-01", end: "2024-12-31", deadline: "2025-01-31" },
  { name: "2025", start: "2025-01-01", end: "2025-12-31", deadline: "2026-01-31" },
  { name: "T1 2026", start: "2026-01-01", end: "2026-04-30", deadline: "2026-05-31" },
  { name: "T2 2026", start: "2026-05-01", end: "2026-08-31", deadline: "2026-09-30" },
  { name: "T3 2026", start: "2026-09-01", end: "2026-12-31", deadline: "2027-01-15" },
] as const;

/** The open period: its reports are drafts, submitted, returned or approved; earlier ones mostly approved. */
export const CURRENT_PERIOD = "T3 2026";

/** The two versions of every council's programme: the first superseded by its revision from 2024. */
export const VERSIONS = [
  { revision: 1, start: "2021-01-01", end: "2024-12-31", adoptedOn: "2020-12-10" },
  { revision: 2, start: "2024-01-01", end: "2027-12-31", adoptedOn: "2023-12-07" },
] as const;
