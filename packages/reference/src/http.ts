import type { z } from "zod";

// The HTTP side of a refresh: one GET of JSON with a time limit, and the answer checked against
// its documented shape. Whatever fails becomes a ReferenceSourceError that says which source,
// which address and what was wrong, so the operator can tell "SSB is down" from "SSB changed its
// answer".

export type ReferenceSource = "ssb" | "scb";

export type ReferenceSourceErrorKind =
  /** The source answered with an HTTP error status. */
  | "http"
  /** The answer was not JSON of the documented shape, or its content did not hold together. */
  | "malformed"
  /** No answer within the time limit. */
  | "timeout"
  /** The source could not be reached at all. */
  | "network";

export class ReferenceSourceError extends Error {
  override readonly name = "ReferenceSourceError";

  constructor(
    readonly source: ReferenceSource,
    readonly kind: ReferenceSourceErrorKind,
    message: string,
    readonly details: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    super(`${source.toUpperCase()}: ${message}${details.url ? ` (${details.url})` : ""}`, { cause: details.cause });
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpOptions {
  fetch?: Fetch;
  /** Time limit of one request, answer body included. */
  timeoutMs?: number;
}

export async function getJson(source: ReferenceSource, url: string, options: HttpOptions = {}): Promise<unknown> {
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, signal });
    text = await response.text();
  } catch (cause) {
    if (signal.aborted) throw new ReferenceSourceError(source, "timeout", `no answer within ${timeoutMs} ms`, { url, cause });
    throw new ReferenceSourceError(source, "network", "could not be reached", { url, cause });
  }
  if (!response.ok) throw new ReferenceSourceError(source, "http", `answered ${response.status}`, { url, status: response.status });
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ReferenceSourceError(source, "malformed", "answered something that is not JSON", { url, cause });
  }
}

/** The answer in its documented shape, or an error naming the first fields that are not. */
export function parseAnswer<T>(source: ReferenceSource, url: string, schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(answer)"}: ${issue.message}`);
  throw new ReferenceSourceError(source, "malformed", `the answer is not of the documented shape: ${issues.join("; ")}`, { url });
}
