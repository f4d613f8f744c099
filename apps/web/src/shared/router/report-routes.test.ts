import { describe, expect, it } from "vitest";
import { hrefFor, matchRoute } from "./routes";

describe("reporting routes", () => {
  it("round-trips every reporting page through its path", () => {
    const routes = [
      { name: "reportNew", periodId: "p1", measureId: "m1" },
      { name: "reportNew", periodId: "p1", measureId: "m1", partId: "x/1" },
      { name: "report", id: "r1" },
      { name: "reportQueue" },
      { name: "reportQueue", periodId: "p1" },
      { name: "reportOverview" },
      { name: "reportOverview", periodId: "p 2" },
    ] as const;
    for (const route of routes) expect(matchRoute(hrefFor(route))).toEqual(route);
  });

  it("does not take the list pages for report ids, and rejects malformed paths", () => {
    expect(matchRoute("/reports/queue/")).toEqual({ name: "reportQueue" });
    expect(matchRoute("/reports/new")).toEqual({ name: "notFound" });
    expect(matchRoute("/reports/%E0%A4%A")).toEqual({ name: "notFound" });
    expect(matchRoute("/reports/a/b/c")).toEqual({ name: "notFound" });
  });
});
