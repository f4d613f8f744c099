import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, createOrganisation, createProgramme, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../../testing/harness.js";

interface Navigation {
  areas: string[];
  councils: Array<{ id: string; name: string; hasProgrammes: boolean }>;
}

describe("navigation.get", () => {
  it("gives a contributor their tasks, the council's overview, meetings and agreements, and names their councils", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 1 });
    const { cookie } = await signedInUser("municipality_contributor", municipalities[0]!.id);
    const { status, body } = await trpcQuery("navigation.get", undefined, { cookie });
    expect(status).toBe(200);
    const navigation = body.result?.data as Navigation;
    expect(navigation.areas).toEqual(["programmes", "reportTasks", "reportOverview", "councilDashboards", "meetings", "agreements", "notificationSettings"]);
    expect(navigation.councils).toEqual([expect.objectContaining({ id: council.id, name: council.name, hasProgrammes: false })]);
  });

  it("tells which of the councils a county follows have a programme", async () => {
    const db = await getTestDb();
    const county = await createOrganisation(db, { kind: "county" });
    const quiet = await createOrganisation(db, { kind: "regional_council", countyId: county.id });
    const working = await createOrganisation(db, { kind: "regional_council", countyId: county.id });
    await createProgramme(db, { ownerId: working.id, focusAreaCount: 0 });
    const { cookie } = await signedInUser("county_official", county.id);
    const navigation = (await trpcQuery("navigation.get", undefined, { cookie })).body.result?.data as Navigation;
    const hasProgrammes = Object.fromEntries(navigation.councils.map((council) => [council.id, council.hasProgrammes]));
    expect(hasProgrammes).toEqual({ [quiet.id]: false, [working.id]: true });
  });

  it("gives the admin administration and no council", async () => {
    const { cookie } = await signedInUser("admin");
    const navigation = (await trpcQuery("navigation.get", undefined, { cookie })).body.result?.data as Navigation;
    expect(navigation).toEqual({ areas: ["programmes", "administration"], councils: [] });
  });

  it("gives an anonymous reader the published programmes only", async () => {
    const navigation = (await trpcQuery("navigation.get")).body.result?.data as Navigation;
    expect(navigation).toEqual({ areas: ["programmes"], councils: [] });
  });
});

describe("navigation.get for a municipality that runs its own programme", () => {
  it("lets the county follow it as a council: its dashboard, reporting and meetings", async () => {
    const db = await getTestDb();
    const county = await createOrganisation(db, { kind: "county", country: "SE" });
    const vimmerby = await createOrganisation(db, { kind: "municipality", country: "SE", countyId: county.id });
    await createProgramme(db, { ownerId: vimmerby.id, focusAreaCount: 0 });
    const { cookie } = await signedInUser("county_official", county.id);
    const navigation = (await trpcQuery("navigation.get", undefined, { cookie })).body.result?.data as Navigation;
    expect(navigation.councils.map((council) => council.id)).toEqual([vimmerby.id]);
    expect(navigation.areas).toEqual(expect.arrayContaining(["reportOverview", "councilDashboards", "meetings"]));
  });
});
