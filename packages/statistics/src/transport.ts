import { StatisticsError, type StatisticsSource } from "./errors.js";
import { Pacer, realSleep, type PaceLimit, type Sleep } from "./pacer.js";

// The HTTP side shared by both clients: global fetch (injectable), a time limit per attempt,
// bounded retries with backoff when the source says 429 (or 503) — honouring Retry-After — and
// client-side pacing. Everything that fails becomes a StatisticsError with a kind.

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch?: Fetch;
  /** Milliseconds since the epoch; injectable so tests control pacing and Retry-After dates. */
  now?: () => number;
  sleep?: Sleep;
  /** Time limit of one attempt, answer body included. */
  timeoutMs?: number;
  /** Retries after a 429/503 before giving up. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for: the import fails at once instead. */
  maxRetryWaitMs?: number;
  /** First backoff when no Retry-After is given; doubles on each retry. */
  backoffMs?: number;
  pacing?: PaceLimit | null;
  /** Answers larger than this are refused rather than parsed. */
  maxBytes?: number;
}

const RETRIABLE = new Set([429, 503]);

export class Transport {
  private readonly fetch: Fetch;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private readonly pacer: Pacer | undefined;
  private readonly options: Required<Pick<TransportOptions, "timeoutMs" | "maxRetries" | "maxRetryWaitMs" | "backoffMs" | "maxBytes">>;

  constructor(readonly source: StatisticsSource, options: TransportOptions = {}) {
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.pacer = options.pacing ? new Pacer(options.pacing, this.now, this.sleep) : undefined;
    this.options = {
      timeoutMs: options.timeoutMs ?? 20_000,
      maxRetries: options.maxRetries ?? 3,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 60_000,
      backoffMs: options.backoffMs ?? 1_000,
      maxBytes: options.maxBytes ?? 20 * 1024 * 1024,
    };
  }

  /** GETs a URL and parses its JSON body, retrying what the source asks to be retried. */
  async getJson(url: string, signal?: AbortSignal): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      await this.pacer?.take(signal);
      const { response, text } = await this.attempt(url, signal);
      if (RETRIABLE.has(response.status)) {
        const wait = retryAfterMs(response.headers.get("retry-after"), this.now()) ?? this.options.backoffMs * 2 ** attempt;
        if (attempt >= this.options.maxRetries || wait > this.options.maxRetryWaitMs) {
          const kind = response.status === 429 ? "rate_limited" : "http";
          throw new StatisticsError(this.source, kind, `answered ${response.status} after ${attempt + 1} attempts`, { status: response.status, url });
        }
        await this.sleep(wait, signal);
        continue;
      }
      if (!response.ok) {
        throw new StatisticsError(this.source, "http", `answered ${response.status}`, { status: response.status, url });
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        throw new StatisticsError(this.source, "malformed", "answered something that is not JSON", { url, cause });
      }
    }
  }

  private async attempt(url: string, signal: AbortSignal | undefined): Promise<{ response: Response; text: string }> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const response = await this.fetch(url, { headers: { accept: "application/json" }, signal: combined });
      const text = await response.text();
      if (text.length > this.options.maxBytes) {
        throw new StatisticsError(this.source, "malformed", `answer larger than ${this.options.maxBytes} bytes`, { url });
      }
      return { response, text };
    } catch (cause) {
      if (cause instanceof StatisticsError) throw cause;
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) {
        throw new StatisticsError(this.source, "timeout", `no answer within ${this.options.timeoutMs} ms`, { url, cause });
      }
      throw new StatisticsError(this.source, "network", "could not be reached", { url, cause });
    }
  }
}

/** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === "") return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
