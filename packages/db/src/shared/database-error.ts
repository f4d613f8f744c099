import { DomainError, isDomainError, type DomainErrorCode } from "@samspill/domain";

// SQLSTATE codes PostgreSQL reports for data the database refused. Both drivers (pg and
// PGlite) expose them as `code`, plus `constraint`, `table` and `column` where they apply.
const CLASS_DATA_EXCEPTION = "22";

interface PostgresErrorFields {
  code: string;
  constraint?: string | undefined;
  table?: string | undefined;
  column?: string | undefined;
  message: string;
}

/** True when the error came from the PostgreSQL server or PGlite with an SQLSTATE code. */
export function isPostgresError(error: unknown): error is PostgresErrorFields & Error {
  if (!(error instanceof Error) || isDomainError(error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}

function domainCodeFor(sqlState: string): DomainErrorCode | undefined {
  switch (sqlState) {
    case "23505": // unique_violation
    case "23P01": // exclusion_violation, e.g. an organisation code reused in an overlapping period
    case "40001": // serialization_failure: another transaction won; the client may retry
    case "40P01": // deadlock_detected: same, one side was chosen to fail
      return "CONFLICT";
    case "23503": // foreign_key_violation: the referenced row does not exist
    case "23502": // not_null_violation
    case "23514": // check_violation
      return "INVALID_INPUT";
    default:
      return sqlState.startsWith(CLASS_DATA_EXCEPTION) ? "INVALID_INPUT" : undefined;
  }
}

/** Where the database refused: for the log and for tests, never sent to a client. */
export interface DatabaseRefusal {
  sqlState: string;
  constraint?: string;
  table?: string;
  column?: string;
}

/** The database's own words for a refusal that `toDomainError` turned into a DomainError. */
export function databaseRefusalOf(error: unknown): DatabaseRefusal | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (!isPostgresError(cause)) return undefined;
  return {
    sqlState: cause.code,
    ...(cause.constraint ? { constraint: cause.constraint } : {}),
    ...(cause.table ? { table: cause.table } : {}),
    ...(cause.column ? { column: cause.column } : {}),
  };
}

/**
 * Turns a database refusal into a DomainError so bad input never becomes a 500. The client gets
 * a reason it can translate (`already_exists`, `invalid_value` …) and nothing of the schema: the
 * SQLSTATE, constraint, table and column stay on the error's cause, for the log
 * (`databaseRefusalOf`). Errors that are not the caller's fault (connection lost, syntax,
 * permissions) are returned unchanged.
 */
export function toDomainError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  const code = domainCodeFor(error.code);
  if (!code) return error;
  return new DomainError(code, { reason: reasonFor(error.code), message: error.message, cause: error });
}

function reasonFor(sqlState: string): string {
  if (sqlState === "23502") return "required";
  if (sqlState === "23505" || sqlState === "23P01") return "already_exists";
  if (sqlState === "23503") return "unknown_reference";
  if (sqlState === "40001" || sqlState === "40P01") return "concurrent_update";
  return "invalid_value";
}

// What a lost or refused connection looks like: the socket's errors, PostgreSQL's connection
// exceptions (class 08), a server shutting down (57P01–57P03) or full (53300).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN",
  "57P01", "57P02", "57P03", "53300",
]);
const UNAVAILABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection error|not queryable/i;

/**
 * True when the database could not be reached at all — not the caller's fault and not a bug:
 * the API answers 503 and the client tries again. Looks through causes (Kysely and the API wrap
 * the driver's error), and reads the plain copies of errors the job queue (pg-boss) reports.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; typeof current === "object" && current !== null && depth < 5; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
