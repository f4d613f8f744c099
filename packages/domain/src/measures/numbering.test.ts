import { describe, expect, it } from "vitest";
import { measureNumbers } from "./numbering";

const area = (id: string, position: number, parentId: string | null = null) => ({ id, parentId, position });
const measure = (id: string, focusAreaId: string | null, position: number) => ({ id, focusAreaId, position });

describe("measureNumbers", () => {
  it("numbers by focus area, the area's own measures before its sub-themes', in position order", () => {
    const areas = [area("b", 1), area("a", 0), area("a2", 1, "a"), area("a1", 0, "a")];
    const measures = [
      measure("m-a2", "a2", 0), measure("m-a", "a", 5), measure("m-a1", "a1", 9), measure("m-b2", "b", 2), measure("m-b1", "b", 1),
    ];
    expect(Object.fromEntries(measureNumbers(areas, measures))).toEqual({
      "m-a": "1.1", "m-a1": "1.2", "m-a2": "1.3", "m-b1": "2.1", "m-b2": "2.2",
    });
  });

  it("tells apart two measures with the same title and position by id, as every list orders them", () => {
    const numbers = measureNumbers([area("a", 0)], [measure("m-2", "a", 0), measure("m-1", "a", 0)]);
    expect(numbers.get("m-1")).toBe("1.1");
    expect(numbers.get("m-2")).toBe("1.2");
  });

  it("puts measures outside every focus area after the last one", () => {
    const numbers = measureNumbers([area("a", 0), area("b", 1)], [measure("m", null, 0), measure("n", "a", 0)]);
    expect(numbers.get("m")).toBe("3.1");
    expect(numbers.get("n")).toBe("1.1");
  });

  it("counts plainly when the programme has no focus areas", () => {
    expect(Object.fromEntries(measureNumbers([], [measure("y", null, 1), measure("x", null, 0)]))).toEqual({ x: "1", y: "2" });
  });
});
