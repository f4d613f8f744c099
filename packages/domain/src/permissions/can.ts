import { DomainError } from "../shared/errors";
import { type Actor, type Resource, isAnonymous } from "./actor";
import { type Action, PERMISSIONS, READ_ACTIONS, type Reach, type Rule, VISIBILITY } from "./table";

export type PermissionDecision = { allowed: true } | { allowed: false; visible: boolean; reason: string };

function reaches(actor: Actor, reach: Reach, resource: Resource): boolean {
  if (reach === "any") return true;
  if (reach === "published") return resource.published === true;
  if (isAnonymous(actor)) return false;
  const { councilIds, municipalityIds, countyIds } = actor.scope;
  const has = (ids: readonly string[], id: string | null | undefined) => typeof id === "string" && ids.includes(id);
  switch (reach) {
    case "own_council":
      return has(councilIds, resource.councilId);
    case "own_municipality":
      return has(municipalityIds, resource.municipalityId);
    case "own_county":
      return has(countyIds, resource.countyId) || has(councilIds, resource.councilId);
  }
}

function satisfies(actor: Actor, rule: Rule, resource: Resource): boolean {
  return rule.some((reach) => reaches(actor, reach, resource));
}

export function isVisible(actor: Actor, resource: Resource): boolean {
  const visibility = VISIBILITY[resource.kind];
  if (visibility === "everyone") return true;
  if (visibility === "signed_in") return !isAnonymous(actor);
  return satisfies(actor, PERMISSIONS[visibility][actor.role], resource);
}

/** The first scoped reach the actor failed names the reason; an empty cell means the role never may. */
function refusalReason(action: Action, rule: Rule): string {
  if (action === "manage_users") return "admin_only";
  const scoped = rule.find((reach) => reach !== "published" && reach !== "any");
  return scoped ? `not_${scoped}` : "role_not_allowed";
}

export function can(actor: Actor, action: Action, resource: Resource): PermissionDecision {
  // A shared measure is the council's: it is edited under edit_programme, never as a local one.
  if (action === "edit_local_measure" && resource.scope === "shared") {
    return { allowed: false, visible: isVisible(actor, resource), reason: "shared_measure" };
  }
  const rule = PERMISSIONS[action][actor.role];
  if (satisfies(actor, rule, resource)) return { allowed: true };
  const visible = !READ_ACTIONS.includes(action) && isVisible(actor, resource);
  if (!visible) return { allowed: false, visible: false, reason: "not_found" };
  if (isAnonymous(actor)) return { allowed: false, visible: true, reason: "sign_in_required" };
  return { allowed: false, visible: true, reason: refusalReason(action, rule) };
}

/**
 * Throws NOT_FOUND when the actor may not see the resource (so its existence does not leak),
 * UNAUTHENTICATED when an anonymous visitor tries to change something public, and FORBIDDEN
 * with the reason otherwise.
 */
export function assertCan(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (decision.allowed) return;
  const params = { action, kind: resource.kind };
  if (!decision.visible) throw new DomainError("NOT_FOUND", { reason: decision.reason, params });
  if (decision.reason === "sign_in_required") throw new DomainError("UNAUTHENTICATED", { reason: decision.reason, params });
  throw new DomainError("FORBIDDEN", { reason: decision.reason, params });
}

/** The action that governs editing a measure: shared measures belong to the programme. */
export function measureEditAction(scope: "shared" | "local"): Action {
  return scope === "shared" ? "edit_programme" : "edit_local_measure";
}
