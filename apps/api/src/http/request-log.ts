import type { FastifyInstance } from "fastify";

/** An answer slower than this is logged; see `registerSlowRequestLog`. */
export const SLOW_REQUEST_MS = 1_000;

/**
 * Fastify's own request logging writes two lines per request, which on a busy portal costs
 * more than a cached page's work. The server turns it off (its `LogController`); errors are
 * logged where they are handled, and this logs the answers that took longer than
 * SLOW_REQUEST_MS — by path only, since a query string carries the request's input.
 */
export function registerSlowRequestLog(app: FastifyInstance): void {
  app.addHook("onResponse", (request, reply, done) => {
    if (reply.elapsedTime >= SLOW_REQUEST_MS) {
      request.log.warn(
        { method: request.method, path: request.url.split("?", 1)[0], statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
        "slow request",
      );
    }
    done();
  });
}
