import { describe, expect, it } from "vitest";
import { hrefFor, matchRoute } from "../../shared/router/routes";

describe("the new programme route", () => {
  it("is matched before a programme id, and round-trips", () => {
    expect(matchRoute("/programmes/new")).toEqual({ name: "programmeNew" });
    expect(matchRoute("/programmes/new/")).toEqual({ name: "programmeNew" });
    expect(hrefFor({ name: "programmeNew" })).toBe("/programmes/new");
    expect(matchRoute("/programmes/news")).toEqual({ name: "programme", id: "news" });
  });
});
