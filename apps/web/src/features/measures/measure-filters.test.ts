import { describe, expect, it } from "vitest";
import { listInput, parseFilters, searchFor } from "./measure-filters";

describe("measure filters in the address", () => {
  it("reads known values and drops the rest", () => {
    expect(parseFilters("?status=delayed&scope=shared&sdg=7&sort=title&dir=desc&page=3&municipality=m1")).toEqual({
      focusAreaId: undefined, status: "delayed", municipalityId: "m1", scope: "shared", sdgGoal: 7,
      sort: "title", direction: "desc", page: 3,
    });
    expect(parseFilters("?status=nope&scope=x&sdg=99&sort=evil&page=-2")).toMatchObject({
      status: undefined, scope: undefined, sdgGoal: undefined, sort: "position", direction: "asc", page: 1,
    });
  });

  it("writes only what differs from the defaults and keeps other parameters", () => {
    const filters = parseFilters("?status=completed&page=2");
    expect(searchFor(filters, "?lang=sv")).toBe("?lang=sv&status=completed&page=2");
    expect(searchFor(parseFilters(""), "?status=completed")).toBe("");
  });

  it("turns the filters into the server's paged query", () => {
    expect(listInput("p1", parseFilters("?status=delayed&page=2&sdg=7"))).toEqual({
      programmeId: "p1", status: ["delayed"], sdgGoal: 7, sort: "position", direction: "asc", limit: 20, offset: 20,
    });
  });
});
