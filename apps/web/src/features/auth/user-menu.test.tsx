import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import { UserMenu } from "./user-menu";

const user = (organisation: { name: string; kind: "municipality" | "county"; country: "NO" | "SE" }) => ({
  id: "u1", name: "Per Olsen", email: "p@demo.samspill.no", role: "county_official" as const, language: "nb" as const,
  organisation: { id: "o1", languageForm: "nb" as const, ...organisation },
  scope: { councilIds: [], municipalityIds: [], countyIds: ["o1"] },
});

const render = (me: ReturnType<typeof user>) =>
  renderFromCache("nb", (trpc, client) => client.setQueryData(trpc.auth.me.queryKey(), me), <UserMenu pathname="/" />);

describe("UserMenu", () => {
  it("names the signed-in person's organisation as it signs, not by its place", () => {
    expect(render(user({ name: "Innlandet", kind: "county", country: "NO" }))).toContain(">Innlandet fylkeskommune</span>");
    expect(render(user({ name: "Stange", kind: "municipality", country: "NO" }))).toContain(">Stange kommune</span>");
    expect(render(user({ name: "Kalmar län", kind: "county", country: "SE" }))).toContain(">Region Kalmar län</span>");
  });
});
