import {
  endSession,
  endSessionsOfUser,
  findOpenSession,
  insertSession,
  touchSession,
  type Executor,
  type ScopeRows,
  type SessionRow,
  type UserRow,
} from "@samspill/db";
import { hashToken, newSessionToken } from "./session-token.js";
import { SESSION_ABSOLUTE_MS, SESSION_TOUCH_EVERY_MS, sessionState } from "./session-policy.js";

export interface OpenedSession {
  token: string;
  session: SessionRow;
}

/** A fresh session with a new token at every sign-in, so a planted token is never reused. */
export async function openSession(
  db: Executor,
  user: UserRow,
  meta: { ip: string; userAgent: string; now: Date },
): Promise<OpenedSession> {
  const token = newSessionToken();
  const session = await insertSession(db, {
    userId: user.id,
    tokenHash: hashToken(token),
    createdAt: meta.now,
    lastSeenAt: meta.now,
    expiresAt: new Date(meta.now.getTime() + SESSION_ABSOLUTE_MS),
    ip: meta.ip.slice(0, 100),
    userAgent: meta.userAgent.slice(0, 300),
  });
  return { token, session };
}

/**
 * The user behind a token, if the session is still open: past the idle or absolute limit it
 * is ended on the spot, and an inactive user's session counts for nothing. The organisations
 * the user acts for on `today` come with it (`actorOf`).
 */
export async function resumeSession(
  db: Executor,
  token: string,
  now: Date,
  today: string,
): Promise<{ session: SessionRow; user: UserRow; scope: ScopeRows } | undefined> {
  const found = await findOpenSession(db, hashToken(token), today);
  if (!found) return undefined;
  const state = sessionState(found.session, now);
  if (state !== "open") {
    await endSession(db, found.session.id, state, now);
    return undefined;
  }
  if (!found.user.active) {
    await endSession(db, found.session.id, "user_deactivated", now);
    return undefined;
  }
  // Idle time is counted in minutes of a 30-minute limit, so a session is marked seen at most
  // once a minute: most reads then write nothing (no commit, no WAL flush per page view).
  if (now.getTime() - found.session.lastSeenAt.getTime() >= SESSION_TOUCH_EVERY_MS) await touchSession(db, found.session.id, now);
  return found;
}

export async function closeSession(db: Executor, sessionId: string, now: Date): Promise<void> {
  await endSession(db, sessionId, "sign_out", now);
}

export async function closeSessionsOfUser(
  db: Executor,
  userId: string,
  reason: "ended_by_admin" | "password_reset" | "user_deactivated",
  now: Date,
): Promise<number> {
  return endSessionsOfUser(db, userId, reason, now);
}
