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

/**
 * Turns a database refusal into a DomainError so bad input never becomes a 500. Params carry
 * the constraint (or column) name, which the client can map to a field. Errors that are not
 * the caller's fault (connection lost, syntax, permissions) are returned unchanged.
 */
export function toDomainError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  const code = domainCodeFor(error.code);
  if (!code) return error;
  const params: Record<string, string> = { sqlState: error.code };
  if (error.constraint) params.constraint = error.constraint;
  if (error.table) params.table = error.table;
  if (error.column) params.column = error.column;
  return new DomainError(code, {
    reason: error.constraint ?? reasonFor(error.code),
    params,
    message: error.message,
    cause: error,
  });
}

function reasonFor(sqlState: string): string {
  if (sqlState === "23502") return "required";
  if (sqlState === "40001" || sqlState === "40P01") return "concurrent_update";
  return "invalid_value";
}
