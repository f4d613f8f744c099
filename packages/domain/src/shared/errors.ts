// One error type for every rule the domain enforces. The API maps `code` to a transport status
// in one table and sends `reason` and `params` to the client, which translates them; the
// message is for logs only and never shown to users.

export const DOMAIN_ERROR_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID_STATE",
  "INVALID_INPUT",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  /** An official statistics source (SSB, Kolada) failed or answered something unreadable. */
  "SOURCE_UNAVAILABLE",
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Values that survive JSON, so params can travel to the client unchanged. */
export type DomainErrorParams = Record<string, string | number | boolean | null>;

export interface DomainErrorOptions {
  /** A stable snake_case code the client can translate, e.g. `not_own_municipality`. */
  reason?: string;
  params?: DomainErrorParams;
  message?: string;
  cause?: unknown;
}

export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: DomainErrorCode;
  readonly reason: string | undefined;
  readonly params: DomainErrorParams | undefined;

  constructor(code: DomainErrorCode, options: DomainErrorOptions = {}) {
    super(options.message ?? (options.reason ? `${code}: ${options.reason}` : code), { cause: options.cause });
    this.code = code;
    this.reason = options.reason;
    this.params = options.params;
  }
}

/** True for a DomainError, optionally of one code. Works across bundle copies of this package. */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  if (!(error instanceof Error) || error.name !== "DomainError") return false;
  const candidate = error as Partial<DomainError>;
  if (typeof candidate.code !== "string" || !(DOMAIN_ERROR_CODES as readonly string[]).includes(candidate.code)) {
    return false;
  }
  return code === undefined || candidate.code === code;
}
