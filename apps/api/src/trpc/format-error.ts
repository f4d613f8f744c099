import type { TRPCError } from "@trpc/server";
import type { DefaultErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { isDomainError } from "@samspill/domain";

export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

interface IssueLike {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  code?: string;
  message: string;
}

function hasIssues(cause: unknown): cause is { issues: IssueLike[] } {
  return typeof cause === "object" && cause !== null && Array.isArray((cause as { issues?: unknown }).issues);
}

/** Zod and Standard Schema issues, with their field paths as `a.b.0.c`. */
export function fieldIssues(cause: unknown): FieldIssue[] | undefined {
  if (!hasIssues(cause)) return undefined;
  return cause.issues.map((issue) => ({
    path: (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join("."),
    code: issue.code ?? "invalid",
    message: issue.message,
  }));
}

/**
 * What a client sees of an error: codes and parameters to translate, field paths for input
 * problems, the request id to quote — never a stack trace or a database message.
 */
export function formatError(shape: DefaultErrorShape, error: TRPCError, requestId: string | undefined) {
  const domain = isDomainError(error.cause) ? error.cause : undefined;
  const issues = error.code === "BAD_REQUEST" ? fieldIssues(error.cause) : undefined;
  const internal = error.code === "INTERNAL_SERVER_ERROR";
  const domainCode = domain?.code ?? (issues ? "INVALID_INPUT" : internal ? "INTERNAL" : undefined);
  return {
    code: shape.code,
    message: internal ? "Internal error" : (domainCode ?? error.code),
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path,
      domainCode: domainCode ?? null,
      reason: domain?.reason ?? null,
      params: domain?.params ?? null,
      issues: issues ?? null,
      requestId: requestId ?? null,
    },
  };
}
