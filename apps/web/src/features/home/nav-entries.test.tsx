import type { WorkArea } from "@samspill/domain";
import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import { MainNavEntries } from "./nav-entries";
import { WorkLinks } from "./work-links";

const council = { id: "c1", name: "Hamarregionen", kind: "regional_council" as const, country: "NO" as const, slug: "hamarregionen", hasProgrammes: true,
  viewer: { createProgramme: { allowed: false, reason: "role_not_allowed" } } };
const stange = {
  id: "u1", name: "Ola", email: "o@demo.samspill.no", role: "municipality_contributor" as const, language: "nb" as const,
  organisation: { id: "m1", name: "Stange", kind: "municipality" as const, country: "NO" as const, languageForm: "nb" as const },
  scope: { councilIds: ["c1"], municipalityIds: ["m1"], countyIds: [] },
};

function render(areas: WorkArea[], page: React.ReactNode, signedIn = true): string {
  return renderFromCache("nb", (trpc, client) => {
    client.setQueryData(trpc.auth.me.queryKey(), signedIn ? stange : null);
    client.setQueryData(trpc.navigation.get.queryKey(), { areas, councils: [council] });
    client.setQueryData(trpc.programmes.listOwn.queryKey(), {
      items: [{
        id: "p1", title: "Handlingsprogram 2022–2023", periodStart: "2022-01-01", periodEnd: "2023-12-31", status: "adopted", revision: 1,
        published: true, strategyId: null, owner: { id: "c1", name: "Hamarregionen", kind: "regional_council", country: "NO", languageForm: "nb", slug: "hamarregionen" },
      }],
    });
  }, page);
}

const links = (html: string) => [...html.matchAll(/<a[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => `${match[2]} ${match[1]}`);

describe("MainNavEntries", () => {
  it("draws the areas the server names, the programmes leading to the programmes page", () => {
    const html = render(["programmes", "reportOverview", "meetings", "agreements"], <MainNavEntries pathname="/programmes/p1" />);
    expect(links(html)).toEqual([
      "Forside /", "Handlingsprogram /programmes", "Rapporteringsoversikt /reports/overview", "Møter /meetings", "Avtaler /agreements",
    ]);
    expect(html).toMatch(/href="\/programmes"[^>]*aria-current="page"|aria-current="page"[^>]*href="\/programmes"/);
  });

  it("offers no home entry and nothing of a council to an anonymous reader", () => {
    expect(links(render(["programmes"], <MainNavEntries pathname="/" />, false))).toEqual(["Handlingsprogram /programmes"]);
  });
});

describe("WorkLinks", () => {
  it("links a contributor to the programme, the council's dashboard, reporting, meetings, agreements and settings", () => {
    const html = render(
      ["programmes", "reportTasks", "reportOverview", "councilDashboards", "meetings", "agreements", "notificationSettings"],
      <WorkLinks />,
    );
    expect(links(html)).toEqual([
      "Handlingsprogram 2022–2023 /programmes/p1",
      "Alle handlingsprogram /programmes",
      "Rapporteringsoversikt /reports/overview",
      "Dashbord: Hamarregionen /councils/c1",
      "Møter og vedtak /meetings",
      "Partnerskapsavtaler /agreements",
      "Varslingsinnstillinger /settings/notifications",
    ]);
  });

  it("leaves out the dashboard the home page already is", () => {
    const html = render(["programmes", "councilDashboards"], <WorkLinks dashboardShown="c1" />);
    expect(html).not.toContain("/councils/c1");
  });
});
