import { describe, expect, it } from "vitest";
import { focusAreaOptions } from "./focus-area-options";

const tree = [
  { id: "a", title: "Befolkningsvekst", children: [{ id: "a1", title: "Samferdsel", children: [{ id: "a1x", title: "Ladestruktur", children: [] }] }] },
  { id: "b", title: "Diskusjonsarena", children: [] },
];

describe("focusAreaOptions", () => {
  it("lists every area in programme order with its path", () => {
    expect(focusAreaOptions(tree).map((option) => option.label)).toEqual([
      "Befolkningsvekst", "Befolkningsvekst › Samferdsel", "Befolkningsvekst › Samferdsel › Ladestruktur", "Diskusjonsarena",
    ]);
  });

  it("stops at the given depth, e.g. only focus areas as parents of sub-themes", () => {
    expect(focusAreaOptions(tree, 1).map((option) => option.id)).toEqual(["a", "b"]);
  });
});
