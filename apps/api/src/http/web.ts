import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built web app; any non-API path gets index.html so client routes deep-link. */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  await app.register(fastifyStatic, { root: path.resolve(webDist), wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== "GET" || request.url.startsWith("/api/")) {
      return reply.code(404).send({ error: "NOT_FOUND" });
    }
    return reply.type("text/html").sendFile("index.html");
  });
}
