import { describe, expect, it } from "vitest";
import { findItem } from "./structure-items";

const goal = (id: string, version = 1) => ({ id, title: `Goal ${id}`, description: "", position: 0, version });
const programme = {
  unassignedGoals: [goal("g0")],
  focusAreas: [
    { id: "a", title: "A", heading: null, description: "", version: 3, goals: [goal("g1")], children: [
      { id: "a1", title: "A1", heading: "Short", description: "d", version: 5, goals: [goal("g2", 7)], children: [] },
    ] },
  ],
};

describe("findItem", () => {
  it("finds focus areas and sub-themes with their version", () => {
    expect(findItem(programme, "focusArea", "a")?.version).toBe(3);
    expect(findItem(programme, "focusArea", "a1")).toEqual({ kind: "focusArea", id: "a1", title: "A1", heading: "Short", description: "d", version: 5 });
  });

  it("finds goals anywhere in the tree and those of the whole programme", () => {
    expect(findItem(programme, "goal", "g2")?.version).toBe(7);
    expect(findItem(programme, "goal", "g0")?.title).toBe("Goal g0");
  });

  it("says null when the item is gone or of the other kind", () => {
    expect(findItem(programme, "goal", "a")).toBeNull();
    expect(findItem(programme, "focusArea", "missing")).toBeNull();
  });
});
