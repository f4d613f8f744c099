import type { Action, Resource } from "@samspill/domain";
import type { SecurityWorld } from "./security-world.js";

/**
 * How the central security test calls one procedure: `arrange` builds fresh data for a
 * single call (it runs once per actor, so a call that changes or deletes data never spoils
 * the next) and says which resource the call touches and, for procedures that declare
 * several actions, which one applies. Each module lists its cases in `security-cases.ts`.
 */
export interface SecurityCase {
  path: string;
  arrange: (world: SecurityWorld) => Promise<Arranged>;
}

export interface Arranged {
  input: unknown;
  /** What the call touches; omit for procedures declared `public` or `signedIn`. */
  resource?: Resource;
  action?: Action;
  /** Call with a new session of the same user, for calls that end the session they run in. */
  freshSession?: boolean;
}
