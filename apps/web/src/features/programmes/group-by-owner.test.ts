import { describe, expect, it } from "vitest";
import { groupByOwner } from "./group-by-owner";

const item = (id: string, ownerId: string, ownerName: string, periodStart: string) => ({
  id,
  periodStart,
  owner: { id: ownerId, name: ownerName },
});

describe("groupByOwner", () => {
  it("groups by owner id, not name, and sorts newest first", () => {
    const groups = groupByOwner(
      [
        item("p1", "o1", "Hamarregionen", "2020-01-01"),
        item("p2", "o2", "Våler", "2022-01-01"),
        item("p3", "o1", "Hamarregionen", "2022-01-01"),
        item("p4", "o3", "Våler", "2021-01-01"),
      ],
      "nb-NO",
    );
    expect(groups.map((group) => group.owner.id)).toEqual(["o1", "o2", "o3"]);
    expect(groups[0]?.programmes.map((programme) => programme.id)).toEqual(["p3", "p1"]);
  });

  it("sorts owners by the reader's alphabet", () => {
    const groups = groupByOwner(
      [item("p1", "o1", "Åsnes", "2022-01-01"), item("p2", "o2", "Vimmerby", "2022-01-01"), item("p3", "o3", "Zeta", "2022-01-01")],
      "sv-SE",
    );
    expect(groups.map((group) => group.owner.name)).toEqual(["Vimmerby", "Zeta", "Åsnes"]);
  });

  it("returns nothing for no programmes", () => {
    expect(groupByOwner([], "nb-NO")).toEqual([]);
  });
});
