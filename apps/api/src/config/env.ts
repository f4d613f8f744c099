import path from "node:path";
import { fileURLToPath } from "node:url";
import { KOLADA_DEFAULT_URL, SSB_DEFAULT_URL } from "@samspill/statistics";
import { secretBoxFromKey, type SecretBox } from "../auth/oidc/secret-box.js";

export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  /** Folder of the built web app; served on the same port when it exists. */
  webDist: string;
  production: boolean;
  /** SAMSPILL_DEMO: `true` on the embedded database, `false` with DATABASE_URL, unless set. */
  loadDemo: boolean;
  secureCookies: boolean;
  trustProxy: boolean | string;
  /** E-mail: the SMTP server (none keeps messages in the outbox), the sender, and the portal's address for links. */
  mail: MailConfig;
  /** Run the job worker (reminders, digest, sending the outbox); SAMSPILL_JOBS=false turns it off. */
  jobs: boolean;
  /** Base addresses of the official statistics behind imported indicators (SAMSPILL_SSB_URL, SAMSPILL_KOLADA_URL). */
  statistics: { ssbUrl: string; koladaUrl: string };
  /**
   * SAMSPILL_SECRET_KEY's box, sealing identity providers' client secrets in the database; unset,
   * secrets can only be named environment variables. The key itself is never printed.
   */
  secrets: SecretBox | undefined;
  /** SAMSPILL_SERVER_TIMING=true: every answer tells its SQL statements and their time (`Server-Timing`). */
  serverTiming: boolean;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
  portalUrl: string | undefined;
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
    // The demo data belongs on the embedded database; a server gets it only when asked.
    loadDemo: env.SAMSPILL_DEMO ? env.SAMSPILL_DEMO === "true" : !env.DATABASE_URL,
    // Plain-HTTP development on this machine cannot use Secure cookies; everywhere else the
    // portal sits behind HTTPS and the session cookie is `__Host-…; Secure`.
    secureCookies: env.SAMSPILL_SECURE_COOKIES
      ? env.SAMSPILL_SECURE_COOKIES !== "false"
      : !LOOPBACK.has(env.HOST ?? "127.0.0.1"),
    // "true", or the proxy's address(es) as Fastify understands them, e.g. "127.0.0.1".
    trustProxy: env.SAMSPILL_TRUST_PROXY === "true" ? true : env.SAMSPILL_TRUST_PROXY || false,
    mail: readMailConfig(env),
    jobs: env.SAMSPILL_JOBS !== "false",
    statistics: {
      ssbUrl: env.SAMSPILL_SSB_URL?.replace(/\/+$/, "") || SSB_DEFAULT_URL,
      koladaUrl: env.SAMSPILL_KOLADA_URL?.replace(/\/+$/, "") || KOLADA_DEFAULT_URL,
    },
    secrets: secretBoxFromKey(env.SAMSPILL_SECRET_KEY),
    serverTiming: env.SAMSPILL_SERVER_TIMING === "true",
  };
}

/** SAMSPILL_SMTP_URL, SAMSPILL_MAIL_FROM and SAMSPILL_PUBLIC_URL (the address links in e-mails start with). */
export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  return {
    smtpUrl: env.SAMSPILL_SMTP_URL || undefined,
    from: env.SAMSPILL_MAIL_FROM || "Samspill <noreply@samspill.invalid>",
    portalUrl: env.SAMSPILL_PUBLIC_URL?.replace(/\/+$/, "") || undefined,
  };
}

/**
 * Every setting README's configuration table documents, with a value that differs from its
 * default. `settings.test.ts` holds README, turbo.json and this list to each other and starts
 * `pnpm config` through turbo with these values, so a setting that turbo's strict environment
 * mode would drop fails a test instead of being silently ignored.
 */
export const DOCUMENTED_SETTINGS: Readonly<Record<string, string>> = {
  DATABASE_URL: "postgres://settings-probe@127.0.0.1:1/probe",
  SAMSPILL_DATA_DIR: "/tmp/samspill-settings-probe",
  PORT: "3999",
  HOST: "0.0.0.0",
  SAMSPILL_DEMO: "true",
  SAMSPILL_SECURE_COOKIES: "false",
  SAMSPILL_TRUST_PROXY: "10.0.0.1",
  SAMSPILL_SMTP_URL: "smtp://relay.settings-probe.invalid:2525",
  SAMSPILL_MAIL_FROM: "Probe <probe@settings-probe.invalid>",
  SAMSPILL_PUBLIC_URL: "https://settings-probe.invalid",
  SAMSPILL_SSB_URL: "http://ssb.settings-probe.invalid",
  SAMSPILL_KOLADA_URL: "http://kolada.settings-probe.invalid",
  SAMSPILL_JOBS: "false",
  SAMSPILL_SECRET_KEY: "settings-probe-secret-key-of-at-least-32-characters",
  SAMSPILL_SERVER_TIMING: "true",
};
