import { describe, expect, it } from "vitest";
import { programmeGoals } from "./programme-goals";

describe("programmeGoals", () => {
  it("lists goals of focus areas and sub-themes depth first, then the unplaced ones", () => {
    const goals = programmeGoals({
      focusAreas: [
        {
          goals: [{ id: "a", title: "Tilflytting" }],
          children: [{ goals: [{ id: "b", title: "Ladestruktur" }], children: [] }],
        },
        { goals: [{ id: "c", title: "Nettverk" }], children: [] },
      ],
      unassignedGoals: [{ id: "d", title: "Samarbeid" }],
    });
    expect(goals.map((goal) => goal.id)).toEqual(["a", "b", "c", "d"]);
  });
});
