// One error type for everything that can go wrong when asking an official statistics source,
// so callers (the indicator import) can tell "the source is down" from "the answer is broken"
// without parsing messages.

export type StatisticsSource = "ssb" | "kolada";

export type StatisticsErrorKind =
  /** The source answered with an HTTP error status. */
  | "http"
  /** The source kept answering 429 Too Many Requests after the allowed retries. */
  | "rate_limited"
  /** The answer did not have the documented shape. */
  | "malformed"
  /** No answer within the time limit. */
  | "timeout"
  /** The source could not be reached at all. */
  | "network"
  /** The request would exceed the source's documented size limit; it was never sent. */
  | "too_large";

export class StatisticsError extends Error {
  override readonly name = "StatisticsError";

  constructor(
    readonly source: StatisticsSource,
    readonly kind: StatisticsErrorKind,
    message: string,
    readonly details: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    super(`${source}: ${message}`, { cause: details.cause });
  }
}

export function isStatisticsError(error: unknown): error is StatisticsError {
  return error instanceof Error && error.name === "StatisticsError" && "kind" in error && "source" in error;
}
