import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { TRPCError } from "@trpc/server";
import { isDomainError } from "@samspill/domain";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { appRouter } from "../router.js";
import type { Context } from "../trpc/context.js";
import { isFileResult } from "../trpc/file-result.js";
import { createCallerFactory } from "../trpc/init.js";

type CreateContext = (opts: { req: FastifyRequest; res: FastifyReply }) => Promise<Context>;

const createCaller = createCallerFactory(appRouter);

// Letters NFKD does not take apart into a base letter and a mark.
const NO_DECOMPOSITION: Record<string, string> = { ø: "o", Ø: "O", æ: "ae", Æ: "Ae" };

/** `filename*` for any name, `filename` as an ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[øØæÆ]/g, (letter) => NO_DECOMPOSITION[letter] ?? "")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;]/g, "_") || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function isFileProcedure(path: string): boolean {
  const procedures = appRouter._def.procedures as Record<string, { _def?: { meta?: { file?: true } } } | undefined>;
  return procedures[path]?._def?.meta?.file === true;
}

/**
 * A tRPC batch may hold up to 20 calls; a file is made one request at a time, so a batch that
 * asks for a file together with anything else is refused before any of it runs.
 */
export function registerOneFilePerRequest(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/trpc/")) return;
    let paths: string[];
    try {
      paths = decodeURIComponent(request.url.slice("/api/trpc/".length).split("?")[0] ?? "").split(",");
    } catch {
      return; // Not a path tRPC can read either; it answers that itself.
    }
    if (paths.length > 1 && paths.some(isFileProcedure)) {
      return reply.code(400).header("cache-control", "no-store")
        .send({ error: { code: "INVALID_INPUT", reason: "one_file_per_request", requestId: request.id } });
    }
  });
}

function parseInput(raw: unknown): { ok: true; value: unknown } | { ok: false } {
  if (raw === undefined) return { ok: true, value: undefined };
  if (typeof raw !== "string") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * `GET /api/files/<procedure path>?input=<json>` runs a file procedure through the same
 * permission and error machinery as tRPC and answers its bytes as an attachment, so a plain
 * link or `fetch` downloads a document with its proper name.
 */
export function registerFileDownloads(app: FastifyInstance, createContext: CreateContext): void {
  app.get<{ Params: { path: string }; Querystring: { input?: string } }>("/api/files/:path", async (request, reply) => {
    const { path } = request.params;
    const fail = (status: number, code: string, refusal: { reason?: string; params?: unknown } = {}) =>
      reply.code(status).header("cache-control", "no-store").send({ error: { code, ...refusal, requestId: request.id } });
    if (!isFileProcedure(path)) return fail(404, "NOT_FOUND");
    const input = parseInput(request.query.input);
    if (!input.ok) return fail(400, "INVALID_INPUT");

    const ctx = await createContext({ req: request, res: reply });
    const caller = createCaller(ctx) as unknown as Record<string, unknown>;
    const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], caller);
    if (typeof call !== "function") return fail(404, "NOT_FOUND");
    try {
      const result: unknown = await (call as (input: unknown) => Promise<unknown>)(input.value);
      if (!isFileResult(result)) throw new Error(`File procedure ${path} answered something other than a file`);
      return reply
        .header("content-type", result.contentType)
        .header("content-disposition", contentDisposition(result.fileName))
        .header("cache-control", "private, no-store")
        .header("x-content-type-options", "nosniff")
        .send(Buffer.from(result.base64, "base64"));
    } catch (error) {
      // The server's error handler answers a database outage (503, Retry-After) for every route alike.
      if (error instanceof TRPCError && error.code === "SERVICE_UNAVAILABLE") throw error;
      if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") {
        request.log.error({ err: error, path, requestId: request.id }, "unexpected error");
        return fail(500, "INTERNAL");
      }
      const domainCode = error.code === "BAD_REQUEST" ? "INVALID_INPUT" : error.message;
      // The domain's reason and its params (a limit, when to come back) go with the code, so the
      // page can say which limit; a reader past a limit is told when to come back, as a browser
      // or script understands it, too.
      const domain = isDomainError(error.cause) ? error.cause : undefined;
      const retryAfter = domain?.params?.retryAfterSeconds;
      if (typeof retryAfter === "number") reply.header("retry-after", String(retryAfter));
      const refusal = domain?.reason ? { reason: domain.reason, ...(domain.params ? { params: domain.params } : {}) } : {};
      return fail(getHTTPStatusCodeFromError(error), domainCode, refusal);
    }
  });
}
