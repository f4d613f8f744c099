import { DOMAIN_ERROR_CODES, type DomainErrorCode } from "@samspill/domain";

// Every error the client can show, each with a text under `errors.<code>`: the domain's codes
// plus those of the transport: a bug (INTERNAL), no answer at all (NETWORK), and the server's
// database away for a moment (UNAVAILABLE, 503: try again).
export const CLIENT_ERROR_CODES = [...DOMAIN_ERROR_CODES, "INTERNAL", "NETWORK", "UNAVAILABLE"] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

// For errors without a domain code (input rejected by tRPC itself, a proxy in between …).
const FROM_TRPC_CODE: Record<string, ClientErrorCode> = {
  PARSE_ERROR: "INVALID_INPUT",
  BAD_REQUEST: "INVALID_INPUT",
  UNPROCESSABLE_CONTENT: "INVALID_INPUT",
  UNAUTHORIZED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "INVALID_STATE",
  TOO_MANY_REQUESTS: "RATE_LIMITED",
  TIMEOUT: "NETWORK",
  SERVICE_UNAVAILABLE: "UNAVAILABLE",
  CLIENT_CLOSED_REQUEST: "NETWORK",
};

function isClientErrorCode(value: unknown): value is ClientErrorCode {
  return typeof value === "string" && (CLIENT_ERROR_CODES as readonly string[]).includes(value);
}

function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === "string" && (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The code to translate for an error from a tRPC call: the server's `data.domainCode` when it
 * sent one, else its tRPC `data.code`. A tRPC error without any data never got a JSON answer
 * from the API, which is what a network failure looks like.
 */
export function errorCodeOf(error: unknown): ClientErrorCode {
  if (!(error instanceof Error)) return "INTERNAL";
  const data: unknown = (error as { data?: unknown }).data;
  if (typeof data === "object" && data !== null) {
    const { domainCode, code } = data as { domainCode?: unknown; code?: unknown };
    if (isDomainErrorCode(domainCode) || isClientErrorCode(domainCode)) return domainCode;
    if (typeof code === "string") return FROM_TRPC_CODE[code] ?? "INTERNAL";
    return "INTERNAL";
  }
  return error.name === "TRPCClientError" ? "NETWORK" : "INTERNAL";
}

/** Worth another try: the network or the server hiccuped; a 4xx answer will not change. */
export function isTransient(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === "NETWORK" || code === "INTERNAL" || code === "UNAVAILABLE";
}

/** The server said its database is away for a moment: keep asking, a little slower each time. */
export function isUnavailable(error: unknown): boolean {
  return errorCodeOf(error) === "UNAVAILABLE";
}
