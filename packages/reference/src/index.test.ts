import { describe, expect, it } from "vitest";
import { readReferenceLists } from "./index.js";

describe("the reference lists in the repository", () => {
  const lists = readReferenceLists();

  it("hold every Norwegian and Swedish county and municipality", () => {
    expect(lists.noCounties).toHaveLength(15);
    expect(lists.noMunicipalities).toHaveLength(357);
    expect(lists.seCounties).toHaveLength(21);
    expect(lists.seMunicipalities).toHaveLength(290);
  });

  it("place every municipality in a listed county and every council member among the municipalities", () => {
    const noCounties = new Set(lists.noCounties.map((county) => county.code));
    const seCounties = new Set(lists.seCounties.map((county) => county.code));
    expect(lists.noMunicipalities.filter((m) => !noCounties.has(m.county ?? ""))).toEqual([]);
    expect(lists.seMunicipalities.filter((m) => !seCounties.has(m.county ?? ""))).toEqual([]);
    const municipalities = new Set(lists.noMunicipalities.map((m) => m.code));
    expect(lists.councils.flatMap((c) => c.members).filter((code) => !municipalities.has(code))).toEqual([]);
  });
});
