import type { Transaction } from "kysely";
import type { Database } from "../client/database.js";
import type { Executor } from "./executor.js";
import { toDomainError } from "./database-error.js";

/**
 * Runs `fn` in one transaction: everything commits together or nothing does. A database
 * refusal (unique, check, foreign key…) is rethrown as a DomainError, so use cases see one
 * kind of error. Inside an open transaction it simply continues it, since PostgreSQL has no
 * nested transactions and a use case may call another.
 */
export async function inTransaction<T>(db: Executor, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  try {
    if (db.isTransaction) return await fn(db as Transaction<Database>);
    return await db.transaction().execute(fn);
  } catch (error) {
    throw toDomainError(error);
  }
}
