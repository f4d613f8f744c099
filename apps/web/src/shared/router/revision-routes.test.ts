import { describe, expect, it } from "vitest";
import { matchRevisionRoute, revisionHref } from "./revision-routes";

describe("revision routes", () => {
  it("matches the screens under a programme and builds their paths back", () => {
    for (const [suffix, name] of [["versions", "programmeVersions"], ["diff", "programmeDiff"], ["adopt", "programmeAdopt"], ["copy-forward", "programmeCopyForward"]] as const) {
      const route = matchRevisionRoute(`/programmes/a%2Fb/${suffix}`);
      expect(route).toEqual({ name, id: "a/b" });
      expect(revisionHref({ name, id: "a/b" })).toBe(`/programmes/a%2Fb/${suffix}`);
    }
  });

  it("leaves other paths alone and refuses malformed ids", () => {
    expect(matchRevisionRoute("/programmes/p1")).toBeNull();
    expect(matchRevisionRoute("/programmes/p1/other")).toBeNull();
    expect(matchRevisionRoute("/programmes/%E0%A4%A/diff")).toBe("notFound");
  });
});
