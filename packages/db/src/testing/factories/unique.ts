import { randomUUID } from "node:crypto";

// Factories run against a shared database (a server keeps rows between runs), so every name
// and e-mail carries a random part, not just a counter that restarts with each run.
let sequence = 0;

export function uniqueSuffix(): string {
  sequence += 1;
  return `${sequence}-${randomUUID().slice(0, 8)}`;
}

export function uniqueName(prefix: string): string {
  return `${prefix} ${uniqueSuffix()}`;
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${uniqueSuffix()}@test.samspill.invalid`;
}

// The years handed out so far in this run: each code space gets the next, so no two of a run
// share one (the test files share one process and one database). The run starts at random, to
// stay clear of earlier runs on a shared server; a space may date rows up to four years on.
let lastYear = 3000 + 5 * Math.floor(Math.random() * 1000);

/**
 * Distinct official codes (four digits) from a random start, and a far-future year of their own
 * to date them in. Codes are unique per country and period, so tests that need codes never share
 * a year with another test of the run, and start at random to stay clear of earlier runs.
 */
export function uniqueCodeSpace(): { code: () => string; year: number } {
  lastYear += 5;
  const year = lastYear;
  let next = Math.floor(Math.random() * 10_000);
  return {
    code: () => {
      next = (next + 1) % 10_000;
      return String(next).padStart(4, "0");
    },
    year,
  };
}
