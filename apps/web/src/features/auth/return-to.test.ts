import { describe, expect, it } from "vitest";
import { readSignInParams, safeReturnTo, signInHref } from "./return-to";

describe("safeReturnTo", () => {
  it("keeps a relative path on this site with its query and fragment", () => {
    expect(safeReturnTo("/programmes/7f1c")).toBe("/programmes/7f1c");
    expect(safeReturnTo("/programmes/7f1c?lang=sv#measures")).toBe("/programmes/7f1c?lang=sv#measures");
    expect(safeReturnTo("/")).toBe("/");
  });

  it("falls back to the front page when there is nothing to return to", () => {
    expect(safeReturnTo(null)).toBe("/");
    expect(safeReturnTo(undefined)).toBe("/");
    expect(safeReturnTo("")).toBe("/");
  });

  it.each([
    "https://evil.example/steal",
    "http:evil.example",
    "//evil.example/path",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " /programmes",
    "javascript:alert(1)",
    "data:text/html,hi",
    "programmes/7f1c",
    "evil.example",
  ])("refuses %j, which is not a same-site relative path", (value) => {
    expect(safeReturnTo(value)).toBe("/");
  });

  it("does not return to the sign-in page itself", () => {
    expect(safeReturnTo("/sign-in")).toBe("/");
    expect(safeReturnTo("/sign-in?returnTo=/x")).toBe("/");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeReturnTo("/a/../programmes")).toBe("/programmes");
    expect(safeReturnTo("/../../evil.example")).toBe("/evil.example");
  });
});

describe("signInHref", () => {
  it("remembers where the reader was and why", () => {
    expect(signInHref("/programmes/7f1c?lang=sv", "session_ended")).toBe(
      "/sign-in?returnTo=%2Fprogrammes%2F7f1c%3Flang%3Dsv&reason=session_ended",
    );
  });

  it("leaves out a return to the front page or to a foreign site", () => {
    expect(signInHref("/")).toBe("/sign-in");
    expect(signInHref("https://evil.example")).toBe("/sign-in");
  });

  it("round-trips through the sign-in page's parameters", () => {
    const href = signInHref("/programmes/a%20b", "session_ended");
    expect(readSignInParams(href.slice(href.indexOf("?")))).toEqual({
      returnTo: "/programmes/a%20b",
      reason: "session_ended",
    });
    expect(readSignInParams("?returnTo=//evil.example&reason=whatever")).toEqual({ returnTo: "/", reason: undefined });
  });
});
