import type { TRPCError } from "@trpc/server";
import type { DefaultErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { isDomainError, type DomainError, type DomainErrorParams } from "@samspill/domain";

/**
 * One problem with one field: where (`a.b.0.c`), what (zod's issue code, or `custom` for a
 * domain rule) and the values the message needs — zod's `maximum`, `minimum`, `origin`,
 * `format`, …, a rule's `reason` and its own params — so the client can say "Title can be at
 * most 300 characters" in the reader's language. The message is zod's English, for logs only.
 */
export interface FieldIssue {
  path: string;
  code: string;
  params: DomainErrorParams;
  message: string;
}

interface IssueLike {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  code?: string;
  message: string;
  params?: unknown;
  [key: string]: unknown;
}

function hasIssues(cause: unknown): cause is { issues: IssueLike[] } {
  return typeof cause === "object" && cause !== null && Array.isArray((cause as { issues?: unknown }).issues);
}

// Not params: where and what the issue is, and what the user typed (never echoed back).
const NOT_PARAMS = new Set(["path", "message", "code", "input", "params", "inst", "continue", "errors", "issues", "def"]);

/** The JSON-safe scalar fields of an issue and of a custom issue's `params`. */
function paramsOf(issue: IssueLike): DomainErrorParams {
  const params: DomainErrorParams = {};
  const add = (key: string, value: unknown) => {
    if (typeof value === "string" || typeof value === "boolean" || value === null) params[key] = value;
    else if (typeof value === "number") params[key] = Number.isFinite(value) ? value : String(value);
    else if (typeof value === "bigint") params[key] = value.toString();
  };
  for (const [key, value] of Object.entries(issue)) if (!NOT_PARAMS.has(key)) add(key, value);
  if (typeof issue.params === "object" && issue.params !== null) {
    for (const [key, value] of Object.entries(issue.params)) add(key, value);
  }
  return params;
}

/** Zod and Standard Schema issues, with their field paths as `a.b.0.c`. */
export function fieldIssues(cause: unknown): FieldIssue[] | undefined {
  if (!hasIssues(cause)) return undefined;
  return cause.issues.map((issue) => ({
    path: (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join("."),
    code: issue.code ?? "invalid",
    params: paramsOf(issue),
    message: issue.message,
  }));
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
  const issues = error.code === "BAD_REQUEST" ? (fieldIssues(error.cause) ?? (domain && domainFieldIssues(domain))) : undefined;
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
