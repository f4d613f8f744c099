import { describe, expect, it } from "vitest";
import { moveAmong, moveTo } from "./item-order";

const area = (id: string, position: number) => ({ id, position, version: 1 });

describe("moveAmong", () => {
  it("swaps two ordered positions, touching no other area", () => {
    expect(moveAmong([area("a", 10), area("b", 20), area("c", 30)], "c", "up")).toEqual([area("c", 20), area("b", 30)]);
    expect(moveAmong([area("a", 1), area("b", 2)], "a", "down")).toEqual([area("a", 2), area("b", 1)]);
  });

  it("numbers the siblings anew when positions repeat, sending only the ones that change", () => {
    expect(moveAmong([area("a", 0), area("b", 0), area("c", 0)], "b", "up")).toEqual([area("b", 1), area("a", 2), area("c", 3)]);
    expect(moveAmong([area("a", 1), area("b", 2), area("c", 2)], "c", "up")).toEqual([area("b", 3)]);
  });

  it("does nothing past either end or for an unknown area", () => {
    expect(moveAmong([area("a", 1), area("b", 2)], "a", "up")).toBeNull();
    expect(moveAmong([area("a", 1), area("b", 2)], "b", "down")).toBeNull();
    expect(moveAmong([area("a", 1)], "x", "down")).toBeNull();
  });
});

describe("moveTo", () => {
  it("moves an item over several places, renumbering only those in between", () => {
    const list = [area("a", 1), area("b", 2), area("c", 3), area("d", 4)];
    expect(moveTo(list, "d", 1)).toEqual([area("d", 2), area("b", 3), area("c", 4)]);
    expect(moveTo(list, "a", 3)).toEqual([area("a", 4), area("b", 1), area("c", 2), area("d", 3)]);
  });

  it("does nothing when dropped where it is or outside the list", () => {
    expect(moveTo([area("a", 1), area("b", 2)], "a", 0)).toBeNull();
    expect(moveTo([area("a", 1), area("b", 2)], "a", 2)).toBeNull();
  });
});
