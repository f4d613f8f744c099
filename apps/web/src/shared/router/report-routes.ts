// The reporting screens' paths. Ids travel in the path rather than the query string, so that
// the router (which follows the pathname) treats every period and report as its own page.

export type ReportRoute =
  | { name: "reportNew"; periodId: string; measureId: string; partId?: string }
  | { name: "report"; id: string }
  | { name: "reportQueue"; periodId?: string }
  | { name: "reportOverview"; periodId?: string };

const NEW = /^\/reports\/new\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/;
const LISTS = /^\/reports\/(queue|overview)(?:\/([^/]+))?$/;
const REPORT = /^\/reports\/([^/]+)$/;

function decode(part: string | undefined): string | undefined {
  return part === undefined ? undefined : decodeURIComponent(part);
}

/** A reporting route, "notFound" for a malformed reporting path, null for any other path. */
export function matchReportRoute(path: string): ReportRoute | "notFound" | null {
  if (!path.startsWith("/reports/")) return null;
  try {
    const created = NEW.exec(path);
    if (created?.[1] && created[2]) {
      const route: ReportRoute = { name: "reportNew", periodId: decode(created[1])!, measureId: decode(created[2])! };
      return created[3] ? { ...route, partId: decode(created[3])! } : route;
    }
    const list = LISTS.exec(path);
    if (list?.[1]) {
      const name = list[1] === "queue" ? "reportQueue" : "reportOverview";
      return list[2] ? { name, periodId: decode(list[2])! } : { name };
    }
    const report = REPORT.exec(path);
    if (report?.[1] && report[1] !== "new") return { name: "report", id: decode(report[1])! };
  } catch {
    // A malformed escape such as %E0%A4%A cannot name any report or period.
  }
  return "notFound";
}

const enc = encodeURIComponent;

export function reportHref(route: ReportRoute): string {
  switch (route.name) {
    case "reportNew":
      return `/reports/new/${enc(route.periodId)}/${enc(route.measureId)}${route.partId ? `/${enc(route.partId)}` : ""}`;
    case "report":
      return `/reports/${enc(route.id)}`;
    case "reportQueue":
      return `/reports/queue${route.periodId ? `/${enc(route.periodId)}` : ""}`;
    case "reportOverview":
      return `/reports/overview${route.periodId ? `/${enc(route.periodId)}` : ""}`;
  }
}
