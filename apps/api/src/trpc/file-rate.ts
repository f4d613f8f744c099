import { admitFileRequest, forgetFileRequestsBefore, type Db } from "@samspill/db";
import { DomainError } from "@samspill/domain";

// The per-minute side of the file limits (`file-limits.ts`), counted in the database: every
// instance behind one reverse proxy sees the same count, so a reader gets thirty a minute in
// all, however the proxy spreads their requests. How many files are made at once stays per
// process, since what it protects is that process's CPU.

const MINUTE_MS = 60_000;

export class FileRate {
  private sweptAt = 0;

  constructor(
    private readonly db: Db,
    private readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one file for `reader`; RATE_LIMITED, with when to try again, past the per-minute limit. */
  async admit(reader: string): Promise<void> {
    const now = this.clock();
    if (now - this.sweptAt >= MINUTE_MS) {
      this.sweptAt = now;
      await forgetFileRequestsBefore(this.db, new Date(now - MINUTE_MS));
    }
    const admission = await admitFileRequest(this.db, {
      reader, at: new Date(now), since: new Date(now - MINUTE_MS), limit: this.perMinute,
    });
    if (admission.admitted) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((admission.oldest.getTime() + MINUTE_MS - now) / 1000));
    throw new DomainError("RATE_LIMITED", { reason: "too_many_files", params: { retryAfterSeconds } });
  }
}
