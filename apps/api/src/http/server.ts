import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { TRPCError } from "@trpc/server";
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from "fastify";
import { sql } from "kysely";
import { databaseRefusalOf, isDatabaseUnavailable, ReportingCache, type Db } from "@samspill/db";
import { createStatisticsClients, type StatisticsClients } from "@samspill/statistics";
import { appRouter, type AppRouter } from "../router.js";
import { contextFactory } from "../trpc/context.js";
import { registerCompression } from "./compression.js";
import { registerCsrfGuard } from "./csrf.js";
import { RenderPool } from "../files/render-pool.js";
import { FILE_LIMITS, FileLimits, WORKER_MEMORY_MB, type FileLimitOptions } from "../trpc/file-limits.js";
import { FileRate } from "../trpc/file-rate.js";
import { registerFileDownloads, registerOneFilePerRequest } from "./file-downloads.js";
import { DatabaseOutage, RETRY_AFTER_SECONDS } from "./database-outage.js";
import { connectionsCheckingInterval, registerHardening, REQUEST_TIMEOUT_MS } from "./hardening.js";
import { registerHealth, type Readiness } from "./health.js";
import { registerSlowRequestLog } from "./request-log.js";
import { registerServerTiming } from "./server-timing.js";
import { registerWeb } from "./web.js";
import { OidcServices, type OidcOptions } from "../auth/oidc/oidc-services.js";
import { registerOidcRoutes } from "../auth/oidc/oidc-routes.js";
import { MeasureNumbering } from "../modules/measures/measure-numbers.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The process's one account of a database outage: requests report to it, and so does the job worker. */
    databaseOutage: DatabaseOutage;
  }
}

export interface BuildServerOptions {
  db: Db;
  /** Built web app to serve beside the API; omitted in tests and in development. */
  webDist?: string | undefined;
  logger?: boolean;
  /** Secure (`__Host-`) session cookies; off only for plain-HTTP localhost development. */
  secureCookies?: boolean;
  /** The clock; tests move it to pass session limits. */
  now?: () => Date;
  /** Behind a reverse proxy: trust its X-Forwarded-For for client addresses (rate limits). */
  trustProxy?: boolean | string;
  /** The statistics sources of indicator imports; the public SSB and Kolada hosts unless given. */
  statistics?: StatisticsClients;
  /** How long a client may take to send a whole request; 30 s unless a test wants less. */
  requestTimeoutMs?: number;
  /** Set to ready once migrations are done; until then the API answers 503 (ready unless given). */
  readiness?: Readiness;
  /** Files per reader per minute and at once; `FILE_LIMITS` unless a test wants others. */
  fileLimits?: FileLimitOptions;
  /** Single sign-on: the secret key, the portal's address; no key and the request's host unless given. */
  oidc?: Partial<OidcOptions>;
  /** Answer every request with its SQL statements and their time in `Server-Timing`. */
  serverTiming?: boolean;
}

/** The whole HTTP application, without listening: tests call `inject()` on it. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: options.logger ? { level: "info" } : false,
    // No line per request (see request-log.ts): errors and slow answers are logged instead.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    requestTimeout: requestTimeoutMs,
    // Node sets the headers' timeout from the request timeout only when the server is created.
    http: { requestTimeout: requestTimeoutMs, connectionsCheckingInterval: connectionsCheckingInterval(requestTimeoutMs) },
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: 5000 },
  });
  if (options.serverTiming) registerServerTiming(app);
  if (options.logger) registerSlowRequestLog(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  const outage = new DatabaseOutage(app.log, () => sql`select 1`.execute(options.db));
  app.decorate("databaseOutage", outage);
  app.addHook("onClose", async () => outage.stop());
  const answerUnavailable = (reply: FastifyReply, requestId: string) =>
    reply.code(503).header("retry-after", String(RETRY_AFTER_SECONDS)).header("cache-control", "no-store")
      .send({ error: { code: "UNAVAILABLE", requestId } });

  // Whatever fails outside a procedure (a body too large, malformed JSON, a bug) is answered
  // with a code and the request id only; the details go to the log. A database that cannot be
  // reached is 503 with Retry-After, logged once per outage.
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    if (isDatabaseUnavailable(error) || (error instanceof TRPCError && error.code === "SERVICE_UNAVAILABLE")) {
      outage.refused(error instanceof TRPCError ? error.cause : error);
      return answerUnavailable(reply, request.id);
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error, requestId: request.id }, "unexpected error");
    const code = status === 500 ? "INTERNAL" : status === 413 ? "PAYLOAD_TOO_LARGE" : "INVALID_INPUT";
    return reply.code(status).send({ error: { code, requestId: request.id } });
  });

  registerHardening(app);
  await registerCompression(app);
  await app.register(cookie);
  registerCsrfGuard(app);
  registerHealth(app, options.db, options.readiness ?? { ready: true });
  await app.register(import("./public-api/public-api.js"), { db: options.db });

  const now = options.now ?? (() => new Date());
  // As many render threads as files made at once: the limits' turns are the pool's only queue.
  const fileLimits = options.fileLimits ?? FILE_LIMITS;
  const files = new FileLimits(fileLimits, new RenderPool({
    size: fileLimits.concurrent,
    memoryMb: fileLimits.workerMemoryMb ?? WORKER_MEMORY_MB,
    onThreadDied: (error, kind) => app.log.warn({ err: error, kind }, "a render thread died making a file"),
  }));
  app.addHook("onClose", async () => files.close());
  const services = {
    db: options.db,
    cookies: { secure: options.secureCookies ?? true },
    now,
    statistics: options.statistics ?? createStatisticsClients(),
    files,
    fileRate: new FileRate(options.db, fileLimits.perMinute, () => now().getTime()),
    reporting: new ReportingCache(),
    oidc: new OidcServices({ secrets: undefined, publicUrl: undefined, env: {}, ...options.oidc }),
    measureNumbering: new MeasureNumbering(),
  };
  const createContext = contextFactory(services);
  registerOidcRoutes(app, services);
  registerFileDownloads(app, createContext);
  registerOneFilePerRequest(app);

  await app.register(fastifyTRPCPlugin, {
    prefix: "/api/trpc",
    trpcOptions: {
      router: appRouter,
      createContext,
      maxBatchSize: 20,
      // A batch with any call refused for the database being away tells the client when to retry.
      responseMeta: ({ errors }) =>
        errors.some((error) => error.code === "SERVICE_UNAVAILABLE") ? { headers: { "retry-after": String(RETRY_AFTER_SECONDS) } } : {},
      onError: ({ error, path, ctx }) => {
        if (error.code === "SERVICE_UNAVAILABLE") return outage.refused(error.cause);
        // The client heard only a reason; the operator may want to know which constraint said no.
        const refusal = databaseRefusalOf(error.cause);
        if (refusal) app.log.info({ refusal, path, requestId: ctx?.requestId }, "database refused a change");
        if (error.code !== "INTERNAL_SERVER_ERROR") return;
        app.log.error({ err: error.cause ?? error, path, requestId: ctx?.requestId }, "unexpected error");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  if (options.webDist && existsSync(options.webDist)) {
    await registerWeb(app, options.webDist);
  }
  return app;
}
