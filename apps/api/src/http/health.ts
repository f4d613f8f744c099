import { sql } from "kysely";
import type { FastifyInstance } from "fastify";
import type { Db } from "@samspill/db";

/** Liveness that means something: the answer says whether the database answers too. */
export function registerHealth(app: FastifyInstance, db: Db): void {
  app.get("/api/health", async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: "ok", database: "ok" };
    } catch {
      return reply.code(503).send({ status: "unavailable", database: "unreachable" });
    }
  });
}
