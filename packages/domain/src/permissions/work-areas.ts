import { type Actor, type Resource, type ResourceKind, isAnonymous } from "./actor";
import { can } from "./can";
import type { Action } from "./table";

// The parts of the portal a user works in, for the menu and the home page. Each is decided by
// asking can() about the user's own places (their councils, municipality and county), so the
// menu never offers a page whose content the server would refuse.

export const WORK_AREAS = [
  "programmes", "reportTasks", "reportQueue", "reportOverview", "councilDashboards", "countyDashboard",
  "meetings", "agreements", "notificationSettings", "administration",
] as const;
export type WorkArea = (typeof WORK_AREAS)[number];

export type WorkPlace = Pick<Resource, "councilId" | "municipalityId" | "countyId">;

function ownPlaces(actor: Actor): { councils: WorkPlace[]; municipalities: WorkPlace[]; counties: WorkPlace[] } {
  if (isAnonymous(actor)) return { councils: [], municipalities: [], counties: [] };
  return {
    councils: actor.scope.councilIds.map((councilId) => ({ councilId })),
    municipalities: actor.scope.municipalityIds.map((municipalityId) => ({ municipalityId })),
    counties: actor.scope.countyIds.map((countyId) => ({ countyId })),
  };
}

/** Whether the actor follows the work of the council (or programme-owning municipality) at a place. */
export function followsCouncil(actor: Actor, place: WorkPlace): boolean {
  return can(actor, "read_programme", { kind: "programme", ...place, published: false }).allowed;
}

/** Whether the actor may do `action` on an unpublished `kind` at one of `places`. */
function anywhere(actor: Actor, action: Action, kind: ResourceKind, places: readonly WorkPlace[]): boolean {
  return places.some((place) => can(actor, action, { kind, ...place, published: false }).allowed);
}

/**
 * The areas that lead somewhere for this actor, in menu order. Programmes are for everyone
 * (the published ones at least); the rest follow the permission table at the actor's places:
 * reporting tasks where they submit for their municipality, the review queue where they review,
 * the overview and dashboards of councils whose unpublished work they read, the county
 * dashboard where they hold the county's agreements. Notices are about work at a place, so
 * their settings are for those who act for one (the admin acts for none).
 *
 * `councilPlaces` are the places of the councils whose work the actor may follow, by default
 * those of their scope; a municipality that runs its own programme (Vimmerby) is one too.
 */
export function workAreas(actor: Actor, councilPlaces?: readonly WorkPlace[]): WorkArea[] {
  const own = ownPlaces(actor);
  const { municipalities, counties } = own;
  const councils = councilPlaces ?? own.councils;
  const all = [...councils, ...municipalities, ...counties];
  const decided: Record<WorkArea, boolean> = {
    programmes: true,
    reportTasks: anywhere(actor, "submit_report", "status_report", municipalities),
    reportQueue: anywhere(actor, "review_report", "status_report", councils),
    reportOverview: anywhere(actor, "read_programme", "status_report", councils),
    councilDashboards: anywhere(actor, "read_programme", "programme", councils),
    countyDashboard: anywhere(actor, "manage_agreement", "agreement", counties),
    meetings: anywhere(actor, "read_meeting", "meeting", councils),
    agreements: anywhere(actor, "read_agreement", "agreement", all),
    notificationSettings: all.length > 0,
    administration: can(actor, "manage_users", { kind: "user" }).allowed,
  };
  return WORK_AREAS.filter((area) => decided[area]);
}
