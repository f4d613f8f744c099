import { describe, expect, it } from "vitest";
import { pageOf, parseQuery, queryHref } from "./query-state";

describe("query state", () => {
  it("reads only the keys the list knows", () => {
    expect(parseQuery("?search=ham&kind=municipality&x=1&country=", ["search", "kind", "country"])).toEqual({ search: "ham", kind: "municipality" });
  });

  it("writes a clean address, leaving page 1 and empty values out", () => {
    expect(queryHref("/admin/users", { search: "", role: "admin", page: "1" })).toBe("/admin/users?role=admin");
    expect(queryHref("/admin/users", { page: "3" })).toBe("/admin/users?page=3");
    expect(queryHref("/admin/users", {})).toBe("/admin/users");
  });

  it("forgives a bad page number", () => {
    expect(pageOf({ page: "abc" })).toBe(1);
    expect(pageOf({ page: "-2" })).toBe(1);
    expect(pageOf({ page: "4" })).toBe(4);
  });
});
