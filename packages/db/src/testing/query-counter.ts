import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";
import type { Db } from "../client/create-db.js";

/**
 * Counts the queries sent through the returned database handle, to prove a fetch does not grow
 * with the data (no N+1). It shares the connection of `db`, so it sees the same rows.
 */
export function countQueries(db: Db): { db: Db; count: () => number; reset: () => void } {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      return args.node;
    },
    // Counted as each answer arrives: a kept query (`keptQuery`) is compiled, and so
    // transformed, only once however often it is sent.
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      count += 1;
      return args.result;
    },
  };
  return {
    db: db.withPlugin(plugin),
    count: () => count,
    reset: () => {
      count = 0;
    },
  };
}
