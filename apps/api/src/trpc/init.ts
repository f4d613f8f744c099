import { initTRPC, TRPCError } from "@trpc/server";
import { assertCan, DomainError, isAnonymous, isDomainError, type Action, type Resource } from "@samspill/domain";
import { isDatabaseUnavailable, toDomainError } from "@samspill/db";
import type { Context } from "./context.js";
import { domainToTrpcCode } from "./error-map.js";
import { formatError } from "./format-error.js";
import type { ProcedureMeta } from "./permission.js";

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter: ({ shape, error, ctx }) => formatError(shape, error, ctx?.requestId),
  });

// Domain and database errors thrown anywhere below a procedure become their tRPC code here,
// keeping the original as `cause`; a database that cannot be reached is SERVICE_UNAVAILABLE
// (503, try again); anything else stays an internal error.
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  if (isDatabaseUnavailable(result.error.cause)) throw databaseUnavailable(result.error.cause);
  const domain = toDomainError(result.error.cause);
  if (!isDomainError(domain)) return result;
  throw new TRPCError({ code: domainToTrpcCode[domain.code], message: domain.code, cause: domain });
});

/**
 * The one place that decides who may call what. It reads the procedure's declared
 * permission; for actions it hands the procedure `authorize`, bound to those actions, and
 * fails the call if the procedure answered without asking.
 */
const enforcePermission = t.middleware(async ({ ctx, meta, next, path, type }) => {
  const permission = meta?.permission;
  if (!permission) throw new Error(`Procedure ${path} declares no permission`);
  if ("public" in permission) return next({ ctx: { authorize: refuseAuthorize(path) } });
  if ("signedIn" in permission) {
    if (isAnonymous(ctx.actor)) throw new DomainError("UNAUTHENTICATED", { reason: "sign_in_required" });
    return next({ ctx: { authorize: refuseAuthorize(path) } });
  }
  // Actions: the domain's table decides, anonymous readers included (they see what is
  // published); nobody changes anything without signing in.
  if (type === "mutation" && isAnonymous(ctx.actor)) {
    throw new DomainError("UNAUTHENTICATED", { reason: "sign_in_required" });
  }

  let asked = false;
  const authorize = (resource: Resource, action: Action = permission.actions[0]) => {
    if (!permission.actions.includes(action)) throw new Error(`Procedure ${path} did not declare ${action}`);
    asked = true;
    assertCan(ctx.actor, action, resource);
  };
  const result = await next({ ctx: { authorize } });
  if (result.ok && !asked) throw new Error(`Procedure ${path} answered without checking its permission`);
  return result;
});

function refuseAuthorize(path: string) {
  return (_resource: Resource, _action?: Action): void => {
    throw new Error(`Procedure ${path} declares no action to authorize`);
  };
}

/** The error every path answers when the database cannot be reached. */
export function databaseUnavailable(cause: unknown): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "UNAVAILABLE", cause });
}

// A file procedure is admitted against its reader's per-minute limit (`FileRate`, shared by all
// instances) and made in its turn (`FileLimits`), by whichever road it is asked for: a tRPC call
// or a download.
const boundFiles = t.middleware(async ({ ctx, meta, next }) => {
  if (!meta?.file) return next();
  await ctx.fileRate.admit(isAnonymous(ctx.actor) ? `address ${ctx.req.ip}` : `user ${ctx.actor.userId}`);
  return ctx.files.run(() => next());
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Every procedure starts here: errors mapped, permission enforced. Declare `.meta(...)`. */
export const procedure = t.procedure.use(mapErrors).use(enforcePermission).use(boundFiles);
