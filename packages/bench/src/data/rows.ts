import type { Insertable, Kysely } from "kysely";
import type { Database } from "@samspill/db";

const CHUNK = 1_000;

/** Multi-row inserts of rows built in TypeScript, a thousand at a time. */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db.insertInto(table).values(rows.slice(start, start + CHUNK) as never).execute();
  }
}
