import path from "node:path";
import { fileURLToPath } from "node:url";

export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  /** Folder of the built web app; served on the same port when it exists. */
  webDist: string;
  production: boolean;
  loadDemo: boolean;
  secureCookies: boolean;
  trustProxy: boolean | string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.SAMSPILL_DATA_DIR || undefined,
    webDist: env.SAMSPILL_WEB_DIST ?? path.resolve(here, "../../../web/dist"),
    production: env.NODE_ENV === "production",
    loadDemo: env.SAMSPILL_DEMO !== "false",
    // Plain-HTTP development on this machine cannot use Secure cookies; everywhere else the
    // portal sits behind HTTPS and the session cookie is `__Host-…; Secure`.
    secureCookies: env.SAMSPILL_SECURE_COOKIES
      ? env.SAMSPILL_SECURE_COOKIES !== "false"
      : !LOOPBACK.has(env.HOST ?? "127.0.0.1"),
    // "true", or the proxy's address(es) as Fastify understands them, e.g. "127.0.0.1".
    trustProxy: env.SAMSPILL_TRUST_PROXY === "true" ? true : env.SAMSPILL_TRUST_PROXY || false,
  };
}
