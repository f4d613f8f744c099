import { DomainError } from "@samspill/domain";

// Generating a Word document or a workbook costs CPU and memory that ordinary pages do not, and
// anyone may ask for a published programme's. So files are bounded on two sides: how many one
// user (or, signed out, one address) may ask for per minute — counted in the database, so all
// instances share it (`file-rate.ts`) — and how many are made at once in this process: the rest
// wait in a short queue, and past that are told to come back.

export interface FileLimitOptions {
  /** Files one user or address may ask for in a minute. */
  perMinute: number;
  /** Files made at the same time. */
  concurrent: number;
  /** Files waiting for a turn; one more is refused as busy. */
  waiting: number;
}

export const FILE_LIMITS: FileLimitOptions = { perMinute: 30, concurrent: 2, waiting: 16 };

const BUSY_RETRY_SECONDS = 5;

export class FileLimits {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(readonly options: FileLimitOptions = FILE_LIMITS) {}

  /** Runs one file's making when a turn is free; RATE_LIMITED (`files_busy`) when the queue is full. */
  async run<T>(make: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrent) {
      if (this.queue.length >= this.options.waiting) {
        throw new DomainError("RATE_LIMITED", { reason: "files_busy", params: { retryAfterSeconds: BUSY_RETRY_SECONDS } });
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await make();
    } finally {
      // The turn passes straight to the next in line, or is freed.
      const next = this.queue.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
