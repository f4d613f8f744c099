import type { Actor, Resource } from "./actor";
import { can } from "./can";
import type { Action } from "./table";

// What a `get` answers next to each thing: whether the viewer may take an action on it and, when
// not, the reason the client shows (GitHub's viewerCanUpdate, with the why). The permission table
// speaks first, then the thing's own state (an adopted programme, an approved report).

export interface Permit {
  allowed: boolean;
  /** A stable code the client translates, e.g. `not_own_municipality`; null when allowed. */
  reason: string | null;
}

export const ALLOWED: Permit = { allowed: true, reason: null };

export function refused(reason: string): Permit {
  return { allowed: false, reason };
}

/** `can()` for the action, then the first of the state refusals that applies (null for none). */
export function permitOf(actor: Actor, action: Action, resource: Resource, ...stateRefusals: Array<string | null>): Permit {
  const decision = can(actor, action, resource);
  if (!decision.allowed) return refused(decision.reason);
  const state = stateRefusals.find((reason) => reason !== null);
  return state ? refused(state) : ALLOWED;
}
