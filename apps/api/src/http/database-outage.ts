import type { FastifyBaseLogger } from "fastify";

/** What a client is told to wait before asking again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Keeps a database outage to two log lines: one when the first request (or the job worker)
 * meets it, one when the database answers again, with how long it lasted and how many requests
 * were answered 503 — instead of a stack trace per request or poll. While it lasts, `probe` is
 * tried once a second.
 */
export class DatabaseOutage {
  private since: number | undefined;
  private refusals = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Pick<FastifyBaseLogger, "error" | "info">,
    private readonly probe: () => Promise<unknown>,
    private readonly clock: () => number = Date.now,
    private readonly probeEveryMs = 1_000,
  ) {}

  get active(): boolean {
    return this.since !== undefined;
  }

  /** A request was answered 503 because the database could not be reached. */
  refused(error: unknown): void {
    this.refusals += 1;
    this.noticed(error);
  }

  /** Something other than a request (the job worker's polling) met the database away. */
  noticed(error: unknown): void {
    if (this.since !== undefined) return;
    this.since = this.clock();
    const reason = error instanceof Error ? `${(error as { code?: unknown }).code ?? error.name}: ${error.message}` : String(error);
    this.log.error({ reason }, "database unavailable: answering 503 until it is back");
    this.timer = setInterval(() => void this.check(), this.probeEveryMs);
    this.timer.unref();
  }

  /** Tries the database once; logs the end of the outage when it answers. */
  async check(): Promise<void> {
    if (this.since === undefined) return;
    try {
      await this.probe();
    } catch {
      return;
    }
    if (this.since === undefined) return;
    const seconds = Math.round((this.clock() - this.since) / 100) / 10;
    this.log.info({ seconds, refusedRequests: this.refusals }, "database available again");
    this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.since = undefined;
    this.refusals = 0;
  }
}
