import { describe, expect, it } from "vitest";
import { followUpHref, matchFollowUpRoute } from "./follow-up-routes";

describe("matchFollowUpRoute", () => {
  it("matches the lists and one agreement or meeting, decoding the id", () => {
    expect(matchFollowUpRoute("/agreements")).toEqual({ name: "agreements" });
    expect(matchFollowUpRoute("/meetings")).toEqual({ name: "meetings" });
    expect(matchFollowUpRoute("/agreements/a%20b")).toEqual({ name: "agreement", id: "a b" });
    expect(matchFollowUpRoute("/meetings/m1")).toEqual({ name: "meeting", id: "m1" });
  });

  it("leaves other paths alone and refuses malformed ids", () => {
    expect(matchFollowUpRoute("/programmes/p1")).toBeNull();
    expect(matchFollowUpRoute("/meetings/a/b")).toBeNull();
    expect(matchFollowUpRoute("/agreements/%E0%A4%A")).toBe("notFound");
  });

  it("round-trips through followUpHref", () => {
    for (const route of [{ name: "agreement", id: "x/y" }, { name: "meetings" }] as const) {
      expect(matchFollowUpRoute(followUpHref(route))).toEqual(route);
    }
  });
});
