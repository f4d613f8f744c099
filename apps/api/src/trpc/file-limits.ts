import { availableParallelism } from "node:os";
import type { FileJob } from "@samspill/documents";
import { DomainError } from "@samspill/domain";

// Generating a Word document or a workbook costs CPU and memory that ordinary pages do not, and
// anyone may ask for a published programme's. So files are bounded on two sides: how many one
// user (or, signed out, one address) may ask for per minute — counted in the database, so all
// instances share it (`file-rate.ts`) — and how many are made at once in this process: the rest
// wait in a short queue, and past that are told to come back. Each turn makes its file in a
// thread of the render pool, which has exactly as many threads as there are turns, so these
// numbers are the only bound on file making in a process.

export interface FileLimitOptions {
  /** Files one user or address may ask for in a minute. */
  perMinute: number;
  /** Files made at the same time. */
  concurrent: number;
  /** Files waiting for a turn; one more is refused as busy. */
  waiting: number;
  /** The heap of one render thread in MB (`WORKER_MEMORY_MB` unless given). */
  workerMemoryMb?: number;
}

/**
 * A render thread's V8 heap: the largest file allowed (`FILE_SIZE_LIMITS` in the documents
 * package) needs well under half of it; past it the thread stops and its file fails.
 */
export const WORKER_MEMORY_MB = 1024;

/** Two files at once, but never more than the cores less one that the event loop keeps. */
export const FILE_LIMITS: FileLimitOptions = {
  perMinute: 30,
  concurrent: Math.max(1, Math.min(2, availableParallelism() - 1)),
  waiting: 16,
};

/** What makes a file's bytes (`files/render-pool.ts`: worker threads). */
export interface Renderer {
  render(job: FileJob): Promise<Uint8Array>;
  close(): Promise<void>;
}

const BUSY_RETRY_SECONDS = 5;

export class FileLimits {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly options: FileLimitOptions,
    /** Makes the bytes: the render pool, with as many threads as `options.concurrent`. */
    private readonly renderer: Renderer,
  ) {}

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

  /** The bytes of a file, made in a render thread; only within a turn of `run`. */
  render(job: FileJob): Promise<Uint8Array> {
    return this.renderer.render(job);
  }

  /** Stops the render threads (the server closing). */
  close(): Promise<void> {
    return this.renderer.close();
  }
}
