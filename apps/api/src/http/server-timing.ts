import type { FastifyInstance, FastifyRequest } from "fastify";
import { countStatements, newStatementTally, type StatementTally } from "@samspill/db";

const tallies = new WeakMap<FastifyRequest, StatementTally>();

/**
 * `Server-Timing: sql;desc="<N> statements";dur=<ms>` on every answer: the SQL statements the
 * request sent and the time it waited for them, for the benchmark and a browser's network
 * panel. Off unless SAMSPILL_SERVER_TIMING=true. The request is counted from its first hook
 * and again after its body was read, since reading the body leaves the counted context.
 */
export function registerServerTiming(app: FastifyInstance): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const tally = newStatementTally();
    tallies.set(request, tally);
    countStatements(tally, done);
  });
  app.addHook("preHandler", (request, _reply, done) => {
    const tally = tallies.get(request);
    if (tally) countStatements(tally, done);
    else done();
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    const tally = tallies.get(request);
    if (tally) reply.header("server-timing", serverTimingOf(tally));
    done(null, payload);
  });
}

function serverTimingOf(tally: StatementTally): string {
  return `sql;desc="${tally.statements} statements";dur=${tally.durationMs.toFixed(2)}`;
}
