import { setTimeout as delay } from "node:timers/promises";

// Client-side pacing: SSB allows 30 queries a minute per client. Waiting here before asking is
// kinder (and faster overall) than being answered 429 and backing off.

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, signal ? { signal } : undefined);
};

export interface PaceLimit {
  requests: number;
  perMs: number;
}

/** A sliding window: at most `requests` starts in any `perMs` milliseconds. */
export class Pacer {
  private readonly starts: number[] = [];

  constructor(
    private readonly limit: PaceLimit,
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {}

  /** Resolves when one more request may start, and counts it. */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.starts.length > 0 && (this.starts[0] ?? 0) <= now - this.limit.perMs) this.starts.shift();
      if (this.starts.length < this.limit.requests) {
        this.starts.push(now);
        return;
      }
      await this.sleep((this.starts[0] ?? now) + this.limit.perMs - now, signal);
    }
  }
}
