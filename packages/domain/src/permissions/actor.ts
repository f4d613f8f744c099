import type { Role } from "../shared/enums";

// Who is asking and what they ask about. The API builds the actor's scope once per request
// from the user's organisation and its memberships; the rules below only compare ids.

export interface ActorScope {
  /**
   * Councils the actor acts for: the secretariat's and the member's own council, a
   * contributor's councils through membership, a county official's councils in the county.
   */
  councilIds: readonly string[];
  /** A contributor's own municipality (and, for a county official, those in the county). */
  municipalityIds: readonly string[];
  /** A county official's own county. */
  countyIds: readonly string[];
}

export interface UserActor {
  userId: string;
  role: Role;
  organisationId: string;
  scope: ActorScope;
}

/** Anyone without a session: reads what is published, nothing else. */
export interface AnonymousActor {
  role: "public";
}

export type Actor = UserActor | AnonymousActor;

export const ANONYMOUS: AnonymousActor = { role: "public" };

export const PERMISSION_ROLES = ["secretariat", "municipality_contributor", "county_official", "council_member", "admin", "public"] as const;
export type PermissionRole = (typeof PERMISSION_ROLES)[number];

export function isAnonymous(actor: Actor): actor is AnonymousActor {
  return actor.role === "public";
}

export const RESOURCE_KINDS = [
  "programme", "measure", "measure_part", "status_report", "agreement", "meeting", "audit_log", "organisation", "user",
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * Where a thing sits. Fill every id that applies: a local measure has its council, municipality
 * and county; an agreement has its county and its counterpart (council or municipality).
 * "programme" also covers strategies, focus areas and goals.
 */
export interface Resource {
  kind: ResourceKind;
  councilId?: string | null;
  municipalityId?: string | null;
  countyId?: string | null;
  published?: boolean;
  scope?: "shared" | "local";
}
