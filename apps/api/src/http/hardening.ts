import type { FastifyInstance } from "fastify";

// What every response says about itself beyond helmet's headers, and the methods the portal
// answers at all.

/** The methods any route here serves; anything else (TRACE, PUT, DELETE …) is refused up front. */
const SERVED_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
export const ALLOWED_METHODS = "GET, HEAD, POST";

/** No page of the portal uses these browser features, so no page (or injected script) may. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
  "microphone=()", "midi=()", "payment=()", "publickey-credentials-get=()", "usb=()", "xr-spatial-tracking=()",
].join(", ");

// Answers that may carry what only the signed-in user may read: procedures and file downloads.
// The public API and the web app's assets set their own caching.
const PRIVATE_PREFIXES = ["/api/trpc", "/api/files"];

export function registerHardening(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if (SERVED_METHODS.has(request.method)) return;
    return reply
      .code(405)
      .header("allow", ALLOWED_METHODS)
      .send({ error: { code: "METHOD_NOT_ALLOWED", requestId: request.id } });
  });

  app.addHook("onSend", async (request, reply) => {
    reply.header("permissions-policy", PERMISSIONS_POLICY);
    const privateAnswer = PRIVATE_PREFIXES.some((prefix) => request.url.startsWith(prefix));
    if (privateAnswer && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });
}

/**
 * How long a client may take to send its whole request (headers and body). Without it a client
 * that sends one byte every few seconds holds a connection, and the memory behind it, for ever.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Node checks for requests past their timeout this often (its default of 30 s would let one run a minute). */
export function connectionsCheckingInterval(requestTimeoutMs: number): number {
  return Math.max(250, Math.min(5_000, Math.floor(requestTimeoutMs / 4)));
}
