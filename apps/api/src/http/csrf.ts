import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SAME_SITE = new Set(["same-origin", "none"]);

/**
 * Refuses cross-site writes before they reach a procedure: a browser's Sec-Fetch-Site (or,
 * from older browsers, Origin) must say the request came from this site, and a write must be
 * a JSON body — which a plain HTML form cannot send.
 */
export function registerCsrfGuard(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith("/api/")) return;
    const refusal = crossSiteRefusal(request);
    if (refusal) return refuse(reply, 403, refusal);
    const type = request.headers["content-type"] ?? "";
    if (!type.toLowerCase().startsWith("application/json")) return refuse(reply, 415, "json_required");
  });
}

function crossSiteRefusal(request: FastifyRequest): string | undefined {
  const site = request.headers["sec-fetch-site"];
  if (typeof site === "string") return SAME_SITE.has(site) ? undefined : "cross_site_request";
  const origin = request.headers.origin;
  if (!origin) return undefined;
  try {
    return new URL(origin).host === request.headers.host ? undefined : "cross_origin_request";
  } catch {
    return "cross_origin_request";
  }
}

function refuse(reply: FastifyReply, status: number, reason: string) {
  return reply.code(status).send({ error: { code: status === 403 ? "FORBIDDEN" : "INVALID_INPUT", reason } });
}
