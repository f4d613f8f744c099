// The app's pages and how paths map to them. Pure, so matching is tested without a browser.

import { adminHref, matchAdminRoute, type AdminRoute } from "./admin-routes";
import { followUpHref, matchFollowUpRoute, type FollowUpRoute } from "./follow-up-routes";
import { importHref, matchImportRoute, type ImportRoute } from "./import-routes";
import { matchNotificationRoute, notificationHref, type NotificationRoute } from "./notification-routes";
import { matchReportRoute, reportHref, type ReportRoute } from "./report-routes";
import { matchRevisionRoute, revisionHref, type RevisionRoute } from "./revision-routes";

export type Route =
  | { name: "home" }
  | { name: "programmes" }
  | { name: "programme"; id: string }
  | { name: "councilDashboard"; id: string }
  | { name: "programmeNew" }
  | { name: "measure"; id: string }
  | { name: "signIn" }
  | ReportRoute
  | RevisionRoute
  | ImportRoute
  | FollowUpRoute
  | AdminRoute
  | NotificationRoute
  | { name: "notFound" };

const PROGRAMME_PATH = /^\/programmes\/([^/]+)$/;
const MEASURE_PATH = /^\/measures\/([^/]+)$/;
const COUNCIL_PATH = /^\/councils\/([^/]+)$/;

export function matchRoute(pathname: string): Route {
  // One trailing slash is forgiven so that hand-typed URLs still work.
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  if (path === "/" || path === "") return { name: "home" };
  if (path === "/sign-in") return { name: "signIn" };
  if (path === "/programmes") return { name: "programmes" };
  const report = matchReportRoute(path);
  if (report) return report === "notFound" ? { name: "notFound" } : report;
  const followUp = matchFollowUpRoute(path);
  if (followUp) return followUp === "notFound" ? { name: "notFound" } : followUp;
  const notification = matchNotificationRoute(path);
  if (notification) return notification === "notFound" ? { name: "notFound" } : notification;
  const admin = matchAdminRoute(path);
  if (admin) return admin === "notFound" ? { name: "notFound" } : admin;
  const measureImport = matchImportRoute(path);
  if (measureImport) return measureImport === "notFound" ? { name: "notFound" } : measureImport;
  const revision = matchRevisionRoute(path);
  if (revision) return revision === "notFound" ? { name: "notFound" } : revision;
  // Before the programme pattern, which would read "new" as an id.
  if (path === "/programmes/new") return { name: "programmeNew" };
  const programme = PROGRAMME_PATH.exec(path);
  if (programme?.[1]) return decoded(programme[1], (id) => ({ name: "programme", id }));
  const measure = MEASURE_PATH.exec(path);
  if (measure?.[1]) return decoded(measure[1], (id) => ({ name: "measure", id }));
  const council = COUNCIL_PATH.exec(path);
  if (council?.[1]) return decoded(council[1], (id) => ({ name: "councilDashboard", id }));
  return { name: "notFound" };
}

/** A route named by an id from the path; a malformed escape such as %E0%A4%A names nothing. */
function decoded(part: string, route: (id: string) => Route): Route {
  try {
    return route(decodeURIComponent(part));
  } catch {
    return { name: "notFound" };
  }
}

export function hrefFor(route: Exclude<Route, { name: "notFound" }>): string {
  switch (route.name) {
    case "home":
      return "/";
    case "programmes":
      return "/programmes";
    case "councilDashboard":
      return `/councils/${encodeURIComponent(route.id)}`;
    case "programme":
      return `/programmes/${encodeURIComponent(route.id)}`;
    case "programmeNew":
      return "/programmes/new";
    case "measure":
      return `/measures/${encodeURIComponent(route.id)}`;
    case "signIn":
      return "/sign-in";
    case "programmeVersions":
    case "programmeDiff":
    case "programmeAdopt":
    case "programmeCopyForward":
      return revisionHref(route);
    case "measureImport":
    case "structureImport":
      return importHref(route);
    case "reportNew":
    case "report":
    case "reportQueue":
    case "reportOverview":
      return reportHref(route);
    case "agreements":
    case "agreement":
    case "meetings":
    case "meeting":
      return followUpHref(route);
    case "adminOrganisations":
    case "adminOrganisation":
    case "adminUsers":
    case "adminSignIn":
    case "council":
      return adminHref(route);
    case "notificationSettings":
    case "adminOutbox":
    case "adminOutboxMessage":
      return notificationHref(route);
  }
}
