import type { Insertable, Kysely } from "kysely";
import type { Database } from "../client/database.js";

/** The transaction the whole demo load runs in, plus a count of the rows it really wrote. */
export interface DemoContext {
  db: Kysely<Database>;
  inserted: number;
}

type Table = keyof Database & string;

const CHUNK = 500;

/**
 * Inserts rows that are not there yet. Every demo row has a deterministic id, so a second
 * run finds each row present and adds nothing; `DO NOTHING` without a target also covers the
 * exclusion constraints on organisation codes and memberships.
 */
export async function put<T extends Table>(ctx: DemoContext, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const results = await ctx.db
      .insertInto(table)
      .values(chunk as never)
      .onConflict((oc) => oc.doNothing())
      .execute();
    for (const result of results) ctx.inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
}

/** Whole kroner/kronor to minor units (øre/öre). */
export const kr = (amount: number): number => Math.round(amount * 100);
