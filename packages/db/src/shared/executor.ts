import type { Transaction } from "kysely";
import type { Db } from "../client/create-db.js";
import type { Database } from "../client/database.js";

/**
 * What every repository function takes first: the database, or the transaction the use case
 * opened. Repositories never open transactions themselves, so a use case can compose them.
 */
export type Executor = Db | Transaction<Database>;
