import { describe, expect, it } from "vitest";
import type { ProgrammeDetail } from "../programmes/types";
import { placeOf } from "./use-move-item";

const item = (id: string, position: number) => ({ id, position, version: 1 });
const tree = {
  focusAreas: [
    { ...item("a", 0), children: [{ ...item("a1", 0), children: [], goals: [], measures: [item("m2", 5), item("m3", 6)] }], goals: [item("g1", 0), item("g2", 1)], measures: [] },
    { ...item("b", 1), children: [], goals: [], measures: [] },
  ],
  unassignedGoals: [item("g9", 9)],
  unassignedMeasures: [item("m1", 0)],
} as unknown as Pick<ProgrammeDetail, "focusAreas" | "unassignedGoals" | "unassignedMeasures">;

describe("placeOf", () => {
  it("finds each kind's own list and the focus area it hangs under", () => {
    expect(placeOf(tree, "focusArea", "b")).toEqual({ parentId: null, siblings: [item("a", 0), item("b", 1)] });
    expect(placeOf(tree, "focusArea", "a1")).toEqual({ parentId: "a", siblings: [item("a1", 0)] });
    expect(placeOf(tree, "goal", "g2")).toEqual({ parentId: "a", siblings: [item("g1", 0), item("g2", 1)] });
    expect(placeOf(tree, "goal", "g9")).toEqual({ parentId: null, siblings: [item("g9", 9)] });
    expect(placeOf(tree, "measure", "m3")).toEqual({ parentId: "a1", siblings: [item("m2", 5), item("m3", 6)] });
    expect(placeOf(tree, "measure", "m1")).toEqual({ parentId: null, siblings: [item("m1", 0)] });
  });

  it("does not mistake one kind for another, nor find what is gone", () => {
    expect(placeOf(tree, "goal", "a")).toBeNull();
    expect(placeOf(tree, "measure", "gone")).toBeNull();
  });
});
