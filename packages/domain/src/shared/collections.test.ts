import { describe, expect, it } from "vitest";
import { groupBy } from "./collections";

describe("groupBy", () => {
  it("groups by key and keeps each group in the items' order", () => {
    const groups = groupBy([{ m: "a", n: 1 }, { m: "b", n: 2 }, { m: "a", n: 3 }], (item) => item.m);
    expect([...groups.keys()]).toEqual(["a", "b"]);
    expect(groups.get("a")?.map((item) => item.n)).toEqual([1, 3]);
    expect(groups.get("c")).toBeUndefined();
  });
});
