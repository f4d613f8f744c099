import { describe, expect, it } from "vitest";
import { hrefFor, matchRoute } from "./routes";

describe("matchRoute", () => {
  it("matches the front page", () => {
    expect(matchRoute("/")).toEqual({ name: "home" });
  });

  it("matches a programme and decodes its id", () => {
    expect(matchRoute("/programmes/7f1c")).toEqual({ name: "programme", id: "7f1c" });
    expect(matchRoute("/programmes/a%20b")).toEqual({ name: "programme", id: "a b" });
  });

  it("matches the programmes page and a council's dashboard", () => {
    expect(matchRoute("/programmes")).toEqual({ name: "programmes" });
    expect(matchRoute("/councils/c%201")).toEqual({ name: "councilDashboard", id: "c 1" });
    expect(hrefFor({ name: "councilDashboard", id: "c/1" })).toBe("/councils/c%2F1");
    expect(matchRoute("/councils/%E0%A4%A")).toEqual({ name: "notFound" });
  });

  it("matches the sign-in page", () => {
    expect(matchRoute("/sign-in")).toEqual({ name: "signIn" });
    expect(matchRoute("/sign-in/")).toEqual({ name: "signIn" });
    expect(hrefFor({ name: "signIn" })).toBe("/sign-in");
  });

  it("forgives one trailing slash", () => {
    expect(matchRoute("/programmes/7f1c/")).toEqual({ name: "programme", id: "7f1c" });
  });

  it("reports anything else as not found", () => {
    expect(matchRoute("/councils")).toEqual({ name: "notFound" });
    expect(matchRoute("/programmes/7f1c/measures")).toEqual({ name: "notFound" });
    expect(matchRoute("/unknown")).toEqual({ name: "notFound" });
    expect(matchRoute("/programmes/%E0%A4%A")).toEqual({ name: "notFound" });
  });
});

describe("hrefFor", () => {
  it("builds paths that match back to the same route", () => {
    const route = { name: "programme", id: "a/b c" } as const;
    expect(hrefFor(route)).toBe("/programmes/a%2Fb%20c");
    expect(matchRoute(hrefFor(route))).toEqual(route);
    expect(hrefFor({ name: "home" })).toBe("/");
  });
});
