import { describe, expect, it } from "vitest";
import { ANONYMOUS, type UserActor } from "./actor";
import { followsCouncil, workAreas } from "./work-areas";

const C1 = "council-hamarregionen";
const M1 = "municipality-stange";
const K1 = "county-innlandet";

function actor(role: UserActor["role"], scope: Partial<UserActor["scope"]> = {}): UserActor {
  return { userId: "u", role, organisationId: "o", scope: { councilIds: [], municipalityIds: [], countyIds: [], ...scope } };
}

describe("workAreas", () => {
  it("gives each role the areas the permission table lets it work in", () => {
    expect(workAreas(actor("secretariat", { councilIds: [C1] }))).toEqual([
      "programmes", "reportQueue", "reportOverview", "councilDashboards", "meetings", "agreements", "notificationSettings",
    ]);
    expect(workAreas(actor("municipality_contributor", { councilIds: [C1], municipalityIds: [M1] }))).toEqual([
      "programmes", "reportTasks", "reportOverview", "councilDashboards", "meetings", "agreements", "notificationSettings",
    ]);
    expect(workAreas(actor("county_official", { councilIds: [C1], municipalityIds: [M1], countyIds: [K1] }))).toEqual([
      "programmes", "reportOverview", "councilDashboards", "countyDashboard", "meetings", "agreements", "notificationSettings",
    ]);
    expect(workAreas(actor("council_member", { councilIds: [C1] }))).toEqual([
      "programmes", "reportOverview", "councilDashboards", "meetings", "agreements", "notificationSettings",
    ]);
    expect(workAreas(actor("admin"))).toEqual(["programmes", "administration"]);
    expect(workAreas(ANONYMOUS)).toEqual(["programmes"]);
  });

  it("follows a municipality that runs its own programme like a council where the table allows it", () => {
    const vimmerby = { councilId: "vimmerby", municipalityId: "vimmerby", countyId: "kalmar" };
    const kalmar = actor("county_official", { municipalityIds: ["vimmerby"], countyIds: ["kalmar"] });
    expect(workAreas(kalmar)).toEqual(["programmes", "countyDashboard", "agreements", "notificationSettings"]);
    expect(workAreas(kalmar, [vimmerby])).toEqual([
      "programmes", "reportOverview", "councilDashboards", "countyDashboard", "meetings", "agreements", "notificationSettings",
    ]);
    expect(followsCouncil(kalmar, vimmerby)).toBe(true);
    expect(followsCouncil(actor("council_member", { councilIds: [C1] }), vimmerby)).toBe(false);
  });

  it("offers nothing of a council to a user who acts for none", () => {
    expect(workAreas(actor("secretariat"))).toEqual(["programmes"]);
    expect(workAreas(actor("municipality_contributor", { municipalityIds: [M1] }))).toEqual(["programmes", "reportTasks", "agreements", "notificationSettings"]);
  });
});
