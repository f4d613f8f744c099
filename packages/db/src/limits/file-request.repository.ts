import { sql } from "kysely";
import type { Executor } from "../shared/executor.js";
import { inTransaction } from "../shared/transaction.js";

/** A file asked for by `reader` at `at`, counted against the requests after `since`. */
export interface FileRequest {
  reader: string;
  at: Date;
  since: Date;
  limit: number;
}

/** Admitted, or refused with the oldest request in the window: when it leaves, the reader may ask again. */
export type FileRequestAdmission = { admitted: true } | { admitted: false; oldest: Date };

/**
 * Counts the reader's requests after `since` and records this one unless `limit` are already
 * there, under an advisory lock on the reader: parallel requests, on any instance sharing the
 * database, count each other. The reader's expired requests are deleted on the way.
 */
export async function admitFileRequest(db: Executor, request: FileRequest): Promise<FileRequestAdmission> {
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`file requests ${request.reader}`}, 0))`.execute(trx);
    await trx.deleteFrom("fileRequest").where("reader", "=", request.reader).where("askedAt", "<=", request.since).execute();
    const row = await trx
      .selectFrom("fileRequest")
      .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.min("askedAt").as("oldest")])
      .where("reader", "=", request.reader)
      .executeTakeFirstOrThrow();
    if (Number(row.count) >= request.limit && row.oldest) return { admitted: false, oldest: new Date(row.oldest) };
    await trx.insertInto("fileRequest").values({ reader: request.reader, askedAt: request.at }).execute();
    return { admitted: true };
  });
}

/** Deletes every reader's requests from before `before`, so readers who never come back leave nothing. */
export async function forgetFileRequestsBefore(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom("fileRequest").where("askedAt", "<", before).execute();
}
