import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import type { CurrentUser } from "../auth/use-auth";
import { HomePage } from "./home-page";
import { SignedInHome } from "./signed-in-home";

function user(role: CurrentUser["role"], organisation: { id: string; name: string; kind: "county" | "regional_council" }): CurrentUser {
  return {
    id: "u1", name: "Per Olsen", email: "x@demo.samspill.no", role, language: "nb",
    organisation: { ...organisation, country: "NO", languageForm: "nb" },
    scope: { councilIds: [], municipalityIds: [], countyIds: [] },
  };
}

function render(me: CurrentUser | null) {
  // A signed-in home is a lazy chunk of the home page; rendered here directly, without Suspense.
  const page = me?.organisation ? <SignedInHome role={me.role} organisation={me.organisation} /> : <HomePage />;
  return renderFromCache("nb", (trpc, client) => {
    client.setQueryData(trpc.auth.me.queryKey(), me);
    client.setQueryData(trpc.navigation.get.queryKey(), { areas: ["programmes"], councils: [] });
    client.setQueryData(trpc.programmes.listOwn.queryKey(), { items: [] });
  }, page);
}

describe("HomePage and SignedInHome", () => {
  it("shows an anonymous reader the published programmes", () => {
    expect(render(null)).toMatch(/<h1[^>]*>Publiserte handlingsprogram/);
  });

  it("starts every signed-in home with the links to the reader's work", () => {
    for (const role of ["secretariat", "municipality_contributor", "county_official", "council_member", "admin"] as const) {
      expect(render(user(role, { id: "c1", name: "Hamarregionen", kind: "regional_council" }))).toMatch(/<nav[^>]*><h2[^>]*>Ditt arbeid</);
    }
  });

  it("draws the links to the reader's work only once they are all known", () => {
    const me = user("county_official", { id: "k1", name: "Innlandet", kind: "county" });
    const page = renderFromCache("nb", (trpc, client) => client.setQueryData(trpc.auth.me.queryKey(), me), <SignedInHome role={me.role} organisation={me.organisation!} />);
    expect(page).toMatch(/<h1[^>]*>Dashbord for fylket</);
    expect(page).not.toContain("Ditt arbeid");
  });

  it("gives each role its own home", () => {
    expect(render(user("county_official", { id: "k1", name: "Innlandet", kind: "county" }))).toMatch(/<h1[^>]*>Dashbord for fylket</);
    expect(render(user("secretariat", { id: "c1", name: "Hamarregionen", kind: "regional_council" }))).toMatch(/<h1[^>]*>Dashbord for rådet</);
    expect(render(user("council_member", { id: "c1", name: "Hamarregionen", kind: "regional_council" }))).toMatch(/<h1[^>]*>Hamarregionen</);
    expect(render(user("admin", { id: "x", name: "Drift", kind: "regional_council" }))).toMatch(/<h1[^>]*>Administrasjon</);
  });
});
