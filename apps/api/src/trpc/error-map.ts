import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { DomainErrorCode } from "@samspill/domain";

// The one place where domain error codes become tRPC (and so HTTP) codes. `satisfies Record`
// makes the compiler reject a domain code that has no mapping.
export const domainToTrpcCode = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "PRECONDITION_FAILED",
  INVALID_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  // The portal is fine; the statistics source behind it is not.
  SOURCE_UNAVAILABLE: "BAD_GATEWAY",
} as const satisfies Record<DomainErrorCode, TRPC_ERROR_CODE_KEY>;
