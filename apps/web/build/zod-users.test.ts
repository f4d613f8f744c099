import { describe, expect, it } from "vitest";
import { dependentsOf, importCycle, type ImportedNames, type ModuleLinks, type Reexport } from "./zod-users";

function links(imports: ImportedNames[] = [], reexports: Reexport[] = [], exports: string[] = []): ModuleLinks {
  return { imports, reexports, exports };
}

// A domain package with an index that re-exports everything, as @samspill/domain has.
const graph = new Map<string, ModuleLinks>([
  ["zod", links()],
  ["domain/enums", links([], [], ["MEASURE_STATUSES"])],
  ["domain/measure", links([{ target: "zod", names: ["z"] }, { target: "domain/enums", names: ["MEASURE_STATUSES"] }], [], ["measureSchema"])],
  ["domain/index", links([], [{ source: "domain/enums", names: "*" }, { source: "domain/measure", names: "*" }], ["MEASURE_STATUSES", "measureSchema"])],
  ["forms/index", links([], [{ source: "forms/field", names: new Map([["FormField", "FormField"]]) }, { source: "forms/check", names: new Map([["check", "checkInput"]]) }])],
  ["forms/field", links([], [], ["FormField"])],
  ["forms/check", links([{ target: "zod", names: ["*"] }], [], ["checkInput"])],
  ["status-tag", links([{ target: "domain/index", names: ["MEASURE_STATUSES"] }])],
  ["filter-form", links([{ target: "forms/index", names: ["FormField"] }, { target: "status-tag", names: ["StatusTag"] }])],
  ["measure-form", links([{ target: "domain/index", names: ["measureSchema"] }])],
  ["report-form", links([{ target: "forms/index", names: ["check"] }])],
  ["page", links([{ target: "measure-form", names: ["MeasureForm"] }])],
  ["everything", links([{ target: "domain/index", names: ["*"] }])],
]);

describe("dependentsOf", () => {
  const users = dependentsOf(graph, (id) => id === "zod");

  it("follows a name through an index's `export *` to the module that defines it", () => {
    expect(users.has("measure-form")).toBe(true);
    expect(users.has("status-tag")).toBe(false);
  });

  it("follows renamed re-exports", () => {
    expect(users.has("report-form")).toBe(true);
    expect(users.has("filter-form")).toBe(false);
  });

  it("takes whoever imports a user as a user, and a namespace import as using everything", () => {
    expect(users.has("page")).toBe(true);
    expect(users.has("everything")).toBe(true);
  });

  it("leaves the lists the schemas use, and the index files themselves, out", () => {
    expect([...users].sort()).toEqual(["domain/measure", "everything", "forms/check", "measure-form", "page", "report-form", "zod"]);
  });
});

describe("importCycle", () => {
  it("finds chunks that import each other, through others too", () => {
    const chunk = (fileName: string, imports: string[]) => ({ fileName, imports });
    expect(importCycle([chunk("page.js", ["forms.js", "shared.js"]), chunk("forms.js", ["shared.js"]), chunk("shared.js", ["index.js"]), chunk("index.js", [])])).toBeUndefined();
    expect(importCycle([chunk("page.js", ["forms.js"]), chunk("forms.js", ["shared.js"]), chunk("shared.js", ["forms.js"])])).toEqual(["forms.js", "shared.js", "forms.js"]);
  });
});
