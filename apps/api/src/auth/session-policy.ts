/** How long a session lives: 30 minutes without a request, 12 hours in all. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/** Failed sign-ins counted over this window; past a limit the next attempt is refused. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_PER_ACCOUNT = 5;
export const MAX_FAILED_PER_ADDRESS = 20;

export type SessionState = "open" | "idle" | "expired";

export function sessionState(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return "idle";
  return "open";
}
