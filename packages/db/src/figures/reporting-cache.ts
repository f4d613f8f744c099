import type { ReportingTally } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type { OverdueReportRow } from "./reporting.repository.js";

// The reporting figures of each council kept between requests, each with the council's
// reporting revision it was computed at (migration 0010: a number that moves in the same
// transaction as any row the figures are computed from). A kept value is used only while the
// revision it was computed at is still the council's, so it is never older than the data; it
// is computed by the same queries as without the cache, so it is the same figure.
//
// The revision is read before the figures, never after: figures computed from newer data than
// their label are only recomputed once more, while the reverse could show stale figures.
// Inside a transaction the cache is passed by (`usableWith`): a transaction sees its own
// uncommitted revision, and a rollback would leave figures labelled with a number the next
// writer takes again.

/** At most this many councils (or councils and days) are kept; the oldest entry goes first. */
const MOST_ENTRIES = 2_000;

class Kept<T> {
  readonly #entries = new Map<string, { stamp: string; value: T }>();

  get(key: string, stamp: string): T | undefined {
    const entry = this.#entries.get(key);
    return entry?.stamp === stamp ? entry.value : undefined;
  }

  set(key: string, stamp: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { stamp, value });
    if (this.#entries.size > MOST_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

/** One per process, shared by its requests; each instance of a cluster keeps its own. */
export class ReportingCache {
  /** Per council: its periods' tallies by period id. */
  readonly tallies = new Kept<ReadonlyMap<string, ReportingTally[]>>();
  /** Per council: its overdue reports on one day. */
  readonly overdue = new Kept<OverdueReportRow[]>();

  /** The cache, or none inside a transaction (see above). */
  static usableWith(db: Executor, cache: ReportingCache | undefined): ReportingCache | undefined {
    return db.isTransaction ? undefined : cache;
  }
}

/** The councils' reporting revisions; a council no row has touched yet is at 0. */
export async function readReportingRevisions(db: Executor, councilIds: readonly string[]): Promise<Map<string, string>> {
  const revisions = new Map(councilIds.map((id) => [id, "0"]));
  if (councilIds.length === 0) return revisions;
  const rows = await db
    .selectFrom("reportingRevision")
    .select(["councilId", "revision"])
    .where("councilId", "in", councilIds)
    .execute();
  for (const row of rows) revisions.set(row.councilId, String(row.revision));
  return revisions;
}
