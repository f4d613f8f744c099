import { sql } from "kysely";
import type { ReportingTally } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type { OverdueReportRow } from "./reporting.repository.js";

// The reporting figures kept between requests: each period's tallies and each council's overdue
// list, with the reporting revisions they were computed at (migration 0010: numbers that move in
// the same transaction as any row the figures are computed from — per council, and per period for
// that period's reports). A kept value is used only while those revisions are still current, so
// it is never older than the data; it is computed by the same queries as without the cache, so it
// is the same figure.
//
// The revisions are read before the figures, never after: figures computed from newer data than
// their label are only recomputed once more, while the reverse could show stale figures. Inside
// a transaction the cache is passed by (`usableWith`): a transaction sees its own uncommitted
// revisions, and a rollback would leave figures labelled with numbers the next writer takes again.

/** At most this many periods (or councils) are kept; the least recently stored goes first. */
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
  /** Per period: its expected reports counted by state. */
  readonly tallies = new Kept<ReportingTally[]>();
  /** Per council: its overdue reports on one day. */
  readonly overdue = new Kept<OverdueReportRow[]>();

  /** The cache, or none inside a transaction (see above). */
  static usableWith(db: Executor, cache: ReportingCache | undefined): ReportingCache | undefined {
    return db.isTransaction ? undefined : cache;
  }
}

/**
 * What a council's overdue list on `today` is computed from: the council's revision and those of
 * its periods past their deadline. A revision no row has moved yet is 0.
 */
export async function overdueStamp(db: Executor, councilId: string, today: string): Promise<string> {
  const row = await db
    .selectFrom("organisation as council")
    .leftJoin("reportingRevision as own", "own.id", "council.id")
    .select((eb) => [
      sql<string>`coalesce(own.revision, 0)::text`.as("council"),
      eb
        .selectFrom("reportingPeriod as p")
        .leftJoin("reportingRevision as revision", "revision.id", "p.id")
        .select(sql<string>`string_agg(p.id || ':' || coalesce(revision.revision, 0), ',' ORDER BY p.id)`.as("periods"))
        .whereRef("p.councilId", "=", "council.id")
        .where("p.deadline", "<", today)
        .as("periods"),
    ])
    .where("council.id", "=", councilId)
    .executeTakeFirst();
  return `${today} ${row?.council ?? "0"} ${row?.periods ?? ""}`;
}
