import { describe, expect, it } from "vitest";
import { importHref, matchImportRoute } from "./import-routes";
import { hrefFor, matchRoute } from "./routes";

describe("import routes", () => {
  it("matches the import screen under a programme and builds its path back", () => {
    expect(matchImportRoute("/programmes/a%2Fb/import")).toEqual({ name: "measureImport", id: "a/b" });
    expect(importHref({ name: "measureImport", id: "a/b" })).toBe("/programmes/a%2Fb/import");
    expect(matchRoute("/programmes/p1/import/")).toEqual({ name: "measureImport", id: "p1" });
    expect(hrefFor({ name: "measureImport", id: "p1" })).toBe("/programmes/p1/import");
  });

  it("matches the whole programme's import beside it", () => {
    expect(matchRoute("/programmes/p1/import-programme")).toEqual({ name: "structureImport", id: "p1" });
    expect(hrefFor({ name: "structureImport", id: "a/b" })).toBe("/programmes/a%2Fb/import-programme");
    expect(matchImportRoute("/programmes/p1/import-programmes")).toBeNull();
  });

  it("leaves other paths alone and refuses malformed ids", () => {
    expect(matchImportRoute("/programmes/p1")).toBeNull();
    expect(matchImportRoute("/programmes/p1/imports")).toBeNull();
    expect(matchImportRoute("/programmes/%E0%A4%A/import")).toBe("notFound");
  });
});
