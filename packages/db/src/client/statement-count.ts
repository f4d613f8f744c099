import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";
import { PGliteDialect, PGliteDriver, type Driver, type LogEvent, type PGliteDialectConfig } from "kysely";

type PGliteConnection = Parameters<PGliteDriver["beginTransaction"]>[0];

/** The SQL statements one piece of work (an HTTP request, a test's call) sent, and their time. */
export interface StatementTally {
  statements: number;
  /** Time spent waiting for the database, summed over the statements, in milliseconds. */
  durationMs: number;
}

// The tally of the work running now. Nothing enters it unless asked (`countStatements`), so a
// server without Server-Timing pays one `getStore()` per statement and nothing else.
const current = new AsyncLocalStorage<StatementTally>();

/** A fresh tally, to hand to `countStatements`. */
export function newStatementTally(): StatementTally {
  return { statements: 0, durationMs: 0 };
}

/**
 * Runs `fn`, adding every statement it sends (transaction control included) to `tally`. The
 * tally follows the work through promises and callbacks, so concurrent requests keep their own.
 */
export function countStatements<T>(tally: StatementTally, fn: () => T): T {
  return current.run(tally, fn);
}

function record(durationMs: number): void {
  const tally = current.getStore();
  if (!tally) return;
  tally.statements += 1;
  tally.durationMs += durationMs;
}

/**
 * Kysely's log hook: it hears every statement a connection executes, failed ones too. On the
 * `pg` driver that includes BEGIN, COMMIT and ROLLBACK; PGlite opens its transactions beside
 * the connection, so `CountedPGliteDialect` counts those.
 */
export function recordStatement(event: LogEvent): void {
  record(event.queryDurationMillis);
}

async function timed<T>(run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    record(performance.now() - start);
  }
}

/** PGlite's driver, counting the BEGIN and the COMMIT or ROLLBACK of each transaction. */
class CountedPGliteDriver extends PGliteDriver {
  override beginTransaction(connection: PGliteConnection): Promise<void> {
    return timed(() => super.beginTransaction(connection));
  }

  override commitTransaction(connection: PGliteConnection): Promise<void> {
    return timed(() => super.commitTransaction(connection));
  }

  override rollbackTransaction(connection: PGliteConnection): Promise<void> {
    return timed(() => super.rollbackTransaction(connection));
  }
}

/** PGlite's dialect with transaction control counted like the `pg` driver's. */
export class CountedPGliteDialect extends PGliteDialect {
  readonly #config: PGliteDialectConfig;

  constructor(config: PGliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new CountedPGliteDriver(this.#config);
  }
}
