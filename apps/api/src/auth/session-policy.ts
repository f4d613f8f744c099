/** How long a session lives: 30 minutes without a request, 12 hours in all. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** How often a used session's "last seen" is written: idle time is measured to the minute. */
export const SESSION_TOUCH_EVERY_MS = 60 * 1000;

/**
 * Failed sign-ins counted over this window. Guessing is slowed where it comes from, without
 * locking the account's owner out (OWASP ASVS 6.3): five failures for one account from one
 * address stop that address for that account; twenty from one address stop the address; and
 * past ten failures of an account from anywhere, each further attempt waits a delay that doubles
 * up to a minute — the owner waits a minute at worst, a spread-out attacker gets a try a minute.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILED_PER_ADDRESS = 20;
export const FREE_FAILURES_PER_ACCOUNT = 10;
export const MAX_ACCOUNT_DELAY_MS = 60 * 1000;

export interface SignInFailureCounts {
  byPair: number;
  byIp: number;
  byEmail: number;
  oldestOfPair: Date | null;
  latestOfEmail: Date | null;
}

export interface SignInRefusal {
  limit: "account_and_address" | "address" | "account_delay";
  retryAfterSeconds: number;
}

/** Whether the next sign-in may be tried, and if not, which limit says no and for how long. */
export function signInRefusal(failures: SignInFailureCounts, now: Date): SignInRefusal | undefined {
  const secondsUntil = (moment: number) => Math.max(1, Math.ceil((moment - now.getTime()) / 1000));
  if (failures.byPair >= MAX_FAILED_PER_ACCOUNT_AND_ADDRESS) {
    const leaves = (failures.oldestOfPair?.getTime() ?? now.getTime()) + SIGN_IN_WINDOW_MS;
    return { limit: "account_and_address", retryAfterSeconds: secondsUntil(leaves) };
  }
  if (failures.byIp >= MAX_FAILED_PER_ADDRESS) return { limit: "address", retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 };
  const beyondFree = failures.byEmail - FREE_FAILURES_PER_ACCOUNT;
  if (beyondFree >= 0 && failures.latestOfEmail) {
    const delay = Math.min(1000 * 2 ** beyondFree, MAX_ACCOUNT_DELAY_MS);
    const allowedAt = failures.latestOfEmail.getTime() + delay;
    if (now.getTime() < allowedAt) return { limit: "account_delay", retryAfterSeconds: secondsUntil(allowedAt) };
  }
  return undefined;
}

export type SessionState = "open" | "idle" | "expired";

export function sessionState(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return "idle";
  return "open";
}
