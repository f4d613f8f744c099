import type { Insertable, Selectable } from "kysely";
import type { Database } from "../client/database.js";

export type SessionTable = Database["session"];
export type SessionRow = Selectable<SessionTable>;
export type NewSession = Insertable<SessionTable>;

export type SignInAttemptTable = Database["signInAttempt"];
export type SignInAttemptRow = Selectable<SignInAttemptTable>;
export type NewSignInAttempt = Insertable<SignInAttemptTable>;

export const SESSION_END_REASONS = [
  "sign_out", "ended_by_admin", "idle", "expired", "password_reset", "user_deactivated",
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
