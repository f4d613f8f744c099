import { describe, expect, it } from "vitest";
import { adminHref, matchAdminRoute } from "./admin-routes";

describe("matchAdminRoute", () => {
  it("matches the admin screens and the public council page", () => {
    expect(matchAdminRoute("/admin/organisations")).toEqual({ name: "adminOrganisations" });
    expect(matchAdminRoute("/admin/organisations/o%201")).toEqual({ name: "adminOrganisation", id: "o 1" });
    expect(matchAdminRoute("/admin/users")).toEqual({ name: "adminUsers" });
    expect(matchAdminRoute("/r/hamarregionen")).toEqual({ name: "council", slug: "hamarregionen" });
  });

  it("leaves other paths alone and refuses malformed ids", () => {
    expect(matchAdminRoute("/admin")).toBeNull();
    expect(matchAdminRoute("/r/a/b")).toBeNull();
    expect(matchAdminRoute("/r/%E0%A4%A")).toBe("notFound");
  });

  it("round-trips through adminHref", () => {
    for (const route of [{ name: "adminOrganisation", id: "x/y" }, { name: "council", slug: "hamarregionen" }] as const) {
      expect(matchAdminRoute(adminHref(route))).toEqual(route);
    }
  });
});
