import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, createOrganisation, createProgramme, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../../testing/harness.js";

describe("programmes.listOwn", () => {
  it("lists the drafts of the user's councils and municipality, never another council's", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 1 });
    const municipality = municipalities[0]!;
    const other = await createOrganisation(db, { kind: "regional_council" });
    const councilDraft = (await createProgramme(db, { ownerId: council.id, focusAreaCount: 0 })).programme;
    const localDraft = (await createProgramme(db, { ownerId: municipality.id, focusAreaCount: 0 })).programme;
    await createProgramme(db, { ownerId: other.id, focusAreaCount: 0, published: true });
    const { cookie } = await signedInUser("municipality_contributor", municipality.id);
    const { status, body } = await trpcQuery("programmes.listOwn", undefined, { cookie });
    expect(status).toBe(200);
    const items = (body.result?.data as { items: Array<{ id: string; owner: { id: string } }> }).items;
    expect(items.map((item) => item.id).sort()).toEqual([councilDraft.id, localDraft.id].sort());
  });

  it("lists for a county official the programmes of the councils in the county", async () => {
    const db = await getTestDb();
    const { county, council } = await createCouncilWithMembers(db, { memberCount: 0 });
    const draft = (await createProgramme(db, { ownerId: council.id, focusAreaCount: 0 })).programme;
    const { cookie } = await signedInUser("county_official", county.id);
    const items = ((await trpcQuery("programmes.listOwn", undefined, { cookie })).body.result?.data as { items: Array<{ id: string }> }).items;
    expect(items.map((item) => item.id)).toEqual([draft.id]);
  });

  it("asks an anonymous reader to sign in", async () => {
    expect((await trpcQuery("programmes.listOwn")).status).toBe(401);
  });
});
