import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../../testing/harness.js";

interface Navigation {
  areas: string[];
  councils: Array<{ id: string; name: string }>;
}

describe("navigation.get", () => {
  it("gives a contributor their tasks, the council's overview, meetings and agreements, and names their councils", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 1 });
    const { cookie } = await signedInUser("municipality_contributor", municipalities[0]!.id);
    const { status, body } = await trpcQuery("navigation.get", undefined, { cookie });
    expect(status).toBe(200);
    const navigation = body.result?.data as Navigation;
    expect(navigation.areas).toEqual(["programmes", "reportTasks", "reportOverview", "councilDashboards", "meetings", "agreements"]);
    expect(navigation.councils).toEqual([expect.objectContaining({ id: council.id, name: council.name })]);
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
