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

/**
 * Distinct official codes (four digits) from a random start, and a far-future year to date
 * them in. Codes are unique per country and period, so tests that need codes pick both at
 * random to stay clear of other tests and of earlier runs on a shared server.
 */
export function uniqueCodeSpace(): { code: () => string; year: number } {
  const year = 3000 + Math.floor(Math.random() * 6000);
  let next = Math.floor(Math.random() * 10_000);
  return {
    code: () => {
      next = (next + 1) % 10_000;
      return String(next).padStart(4, "0");
    },
    year,
  };
}
