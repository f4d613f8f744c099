import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

// Vite names every asset after its content, so an asset never changes under its name.
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Serves the built web app, brotli or gzip where the browser accepts it (the build writes both
 * beside each file); any non-API path gets index.html so client routes deep-link.
 */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: path.resolve(webDist),
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, file) => {
      res.setHeader("cache-control", file.includes(`${path.sep}assets${path.sep}`) ? IMMUTABLE : "no-cache");
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== "GET" || request.url.startsWith("/api/")) {
      return reply.code(404).send({ error: "NOT_FOUND" });
    }
    return reply.type("text/html").sendFile("index.html");
  });
}
