import type { TRPCError } from "@trpc/server";
import type { DefaultErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { fieldIssueOf, isDomainError, type DomainError, type FieldIssue as DomainFieldIssue, type IssueLike } from "@samspill/domain";

/** A field issue as the client gets it: see `fieldIssueOf` in the domain; the message is zod's English, for logs only. */
export interface FieldIssue extends DomainFieldIssue {
  message: string;
}

function hasIssues(cause: unknown): cause is { issues: IssueLike[] } {
  return typeof cause === "object" && cause !== null && Array.isArray((cause as { issues?: unknown }).issues);
}

/** Zod and Standard Schema issues, with their field paths as `a.b.0.c`, codes and params. */
export function fieldIssues(cause: unknown): FieldIssue[] | undefined {
  if (!hasIssues(cause)) return undefined;
  return cause.issues.map((issue) => ({ ...fieldIssueOf(issue), message: issue.message }));
}

/**
 * A domain rule that refused one field (`params.field`, or the end of a range that ends before it
 * starts) as a field issue too, so every form reads its field errors from one place.
 */
function domainFieldIssues(domain: DomainError): FieldIssue[] | undefined {
  if (domain.code !== "INVALID_INPUT" || !domain.reason) return undefined;
  const params = domain.params ?? {};
  const path = typeof params.field === "string" ? params.field : typeof params.endKey === "string" ? params.endKey : undefined;
  if (!path) return undefined;
  return [{ path, code: "custom", params: { ...params, reason: domain.reason }, message: domain.reason }];
}

/**
 * What a client sees of an error: codes and parameters to translate, field paths for input
 * problems, the request id to quote — never a stack trace or a database message.
 */
export function formatError(shape: DefaultErrorShape, error: TRPCError, requestId: string | undefined) {
  const domain = isDomainError(error.cause) ? error.cause : undefined;
  // A rule that refused several items at once (pasted lines) names each in its cause's issues.
  const issues = error.code === "BAD_REQUEST"
    ? (fieldIssues(error.cause) ?? fieldIssues(domain?.cause) ?? (domain && domainFieldIssues(domain)))
    : undefined;
  const internal = error.code === "INTERNAL_SERVER_ERROR";
  const unavailable = error.code === "SERVICE_UNAVAILABLE";
  const domainCode = domain?.code ?? (issues ? "INVALID_INPUT" : internal ? "INTERNAL" : unavailable ? "UNAVAILABLE" : undefined);
  return {
    code: shape.code,
    message: internal ? "Internal error" : unavailable ? "Temporarily unavailable" : (domainCode ?? error.code),
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
