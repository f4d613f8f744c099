import { initTRPC, TRPCError } from "@trpc/server";
import { isDomainError } from "@samspill/domain";
import { toDomainError } from "@samspill/db";
import type { Context } from "./context.js";
import { domainToTrpcCode } from "./error-map.js";
import { formatError } from "./format-error.js";

const t = initTRPC.context<Context>().create({
  errorFormatter: ({ shape, error, ctx }) => formatError(shape, error, ctx?.requestId),
});

// Domain and database errors thrown anywhere below a procedure become their tRPC code here,
// keeping the original as `cause`; anything else stays an internal error.
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  const domain = toDomainError(result.error.cause);
  if (!isDomainError(domain)) return result;
  throw new TRPCError({ code: domainToTrpcCode[domain.code], message: domain.code, cause: domain });
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors);
