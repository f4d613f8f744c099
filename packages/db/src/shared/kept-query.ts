import { createQueryId, type Compilable, type CompiledQuery } from "kysely";
import type { Executor } from "./executor.js";

/**
 * A query of a fixed shape, built and compiled by Kysely once per process and then sent with each
 * call's values. A small query costs about 16 µs of CPU to build and compile, too little to be
 * worth keeping; a large one sent on every request is worth it (the session lookup, with its three
 * sub-selects, about 140 µs). Every executor it is given must have the same plugins (every
 * `createDb` database has).
 *
 * `build` may use its arguments only as values, never to decide the query's shape or as lists:
 * the query is compiled twice with different stand-ins, and refused if the SQL differs or a
 * stand-in is not among the parameters.
 */
export function keptQuery<A extends string[], O>(build: (db: Executor, ...args: A) => Compilable<O>): (db: Executor, ...args: A) => Promise<O[]> {
  let kept: Kept<O> | undefined;
  return async (db, ...args) => {
    kept ??= compileOnce(db, build, args.length);
    const parameters = kept.compiled.parameters.map((value, index) => {
      const slot = kept?.slots[index];
      return slot === undefined ? value : args[slot];
    });
    const { rows } = await db.executeQuery<O>({ ...kept.compiled, parameters, queryId: createQueryId() });
    return rows;
  };
}

interface Kept<O> {
  compiled: CompiledQuery<O>;
  /** For each parameter, the argument it takes, or undefined for a value of the query's own. */
  slots: Array<number | undefined>;
}

function compileOnce<A extends string[], O>(db: Executor, build: (db: Executor, ...args: A) => Compilable<O>, count: number): Kept<O> {
  const standIns = (round: string) => Array.from({ length: count }, (_, index) => `\u0000kept-query-${round}-${index}`) as A;
  const first = standIns("a");
  const compiled = build(db, ...first).compile();
  const again = build(db, ...standIns("b")).compile();
  const slots = compiled.parameters.map((value) => {
    const slot = first.indexOf(value as string);
    return slot === -1 ? undefined : slot;
  });
  const unused = first.findIndex((_, index) => !slots.includes(index));
  if (again.sql !== compiled.sql || unused !== -1) {
    throw new Error(`keptQuery: the query's shape depends on its arguments (${unused === -1 ? "the SQL differs" : `argument ${unused} is not a value`}): ${compiled.sql}`);
  }
  return { compiled, slots };
}
