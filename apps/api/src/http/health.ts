import { sql } from "kysely";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Db } from "@samspill/db";
import { RETRY_AFTER_SECONDS } from "./database-outage.js";

/** Whether this process has finished starting: its database migrated (and demo data loaded). */
export interface Readiness {
  ready: boolean;
}

const HEALTH_PATHS = new Set(["/api/health", "/api/health/live", "/api/health/ready"]);

/**
 * Health for a load balancer or orchestrator:
 * - `/api/health/live` — the process answers (restart it if not); never touches the database;
 * - `/api/health/ready` (and `/api/health`) — send it traffic: started, migrations done, and the
 *   database answers. While the process is still starting, every other API call is answered
 *   503 with `Retry-After` rather than meeting tables that are not there yet.
 */
export function registerHealth(app: FastifyInstance, db: Db, readiness: Readiness): void {
  app.get("/api/health/live", async () => ({ status: "ok" }));

  const ready = async (_request: unknown, reply: FastifyReply) => {
    if (!readiness.ready) return reply.code(503).send({ status: "starting", database: "migrating" });
    try {
      await sql`select 1`.execute(db);
      return { status: "ok", database: "ok" };
    } catch {
      return reply.code(503).send({ status: "unavailable", database: "unreachable" });
    }
  };
  app.get("/api/health", ready);
  app.get("/api/health/ready", ready);

  app.addHook("onRequest", async (request, reply) => {
    if (readiness.ready || !request.url.startsWith("/api/") || HEALTH_PATHS.has(request.url.split("?")[0] ?? "")) return;
    return reply.code(503).header("retry-after", String(RETRY_AFTER_SECONDS)).header("cache-control", "no-store")
      .send({ error: { code: "UNAVAILABLE", reason: "starting", requestId: request.id } });
  });
}
