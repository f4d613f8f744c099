import { describe, expect, it } from "vitest";
import { insertFocusArea } from "@samspill/db";
import { createCouncilWithMembers, createMeasure, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { adoptDirectly, adoptedProgramme, draftProgramme, ok } from "./programme-fixtures.js";

async function secretariatOfNewCouncil() {
  const { council, county, municipalities } = await createCouncilWithMembers(await getTestDb(), { memberCount: 1 });
  const { cookie } = await signedInUser("secretariat", council.id);
  return { council, county, municipality: municipalities[0]!, cookie };
}

describe("editing a programme", () => {
  it("refuses changes to an adopted programme with INVALID_STATE", async () => {
    const { council, cookie } = await secretariatOfNewCouncil();
    const programme = await adoptedProgramme(council.id);
    const update = await trpcMutation("programmes.update", { id: programme.id, version: programme.version, title: "Nytt" }, { cookie });
    expect(update.status).toBe(412);
    expect(update.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "programme_adopted_use_revision" });
    const area = await trpcMutation("programmes.addFocusArea", { programmeId: programme.id, title: "Nytt område" }, { cookie });
    expect(area.body.error?.data.domainCode).toBe("INVALID_STATE");
  });

  it("lets exactly one of many parallel updates at the same version win", async () => {
    const { council, cookie } = await secretariatOfNewCouncil();
    const { programme } = await draftProgramme(council.id);
    const titles = Array.from({ length: 8 }, (_, index) => `Tittel ${index}`);
    const results = await Promise.all(
      titles.map((title) => trpcMutation("programmes.update", { id: programme.id, version: programme.version, title }, { cookie })),
    );
    const winners = results.filter((result) => result.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(7);
    for (const loser of results.filter((result) => result.status === 409)) {
      expect(loser.body.error?.data.params).toMatchObject({ currentVersion: programme.version + 1 });
    }
    const stored = await ok<{ title: string; version: number }>("query", "programmes.get", { id: programme.id }, cookie);
    expect(stored).toMatchObject({ title: (winners[0]?.body.result?.data as { title: string }).title, version: programme.version + 1 });
  });

  it("moves a focus area under another one but never under its own sub-theme", async () => {
    const { council, cookie } = await secretariatOfNewCouncil();
    const { programme, focusAreas } = await draftProgramme(council.id, 2);
    const [first, second] = focusAreas;
    const moved = await ok<{ parentId: string; version: number }>("mutation", "programmes.moveFocusArea", {
      id: second!.id, version: second!.version, parentId: first!.id, position: 0,
    }, cookie);
    expect(moved.parentId).toBe(first!.id);
    const cycle = await trpcMutation("programmes.moveFocusArea", { id: first!.id, version: first!.version, parentId: second!.id, position: 0 }, { cookie });
    expect(cycle.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "focus_area_cycle" });
    const foreign = (await draftProgramme(council.id, 1)).focusAreas[0]!;
    const across = await trpcMutation("programmes.addFocusArea", { programmeId: programme.id, parentId: foreign.id, title: "X" }, { cookie });
    expect(across.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "focus_area_not_in_programme" });
  });

  it("removes an empty focus area, refuses one with goals or measures, and checks the version", async () => {
    const { council, cookie } = await secretariatOfNewCouncil();
    const db = await getTestDb();
    const { programme, focusAreas } = await draftProgramme(council.id, 1);
    const full = focusAreas[0]!;
    await createMeasure(db, { programmeId: programme.id, focusAreaId: full.id });
    const refused = await trpcMutation("programmes.removeFocusArea", { id: full.id, version: full.version }, { cookie });
    expect(refused.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "focus_area_not_empty", params: { goals: 1, measures: 1 } });
    const empty = await insertFocusArea(db, { programmeId: programme.id, title: "Tom" });
    const stale = await trpcMutation("programmes.removeFocusArea", { id: empty.id, version: empty.version + 1 }, { cookie });
    expect(stale.status).toBe(409);
    await ok("mutation", "programmes.removeFocusArea", { id: empty.id, version: empty.version }, cookie);
    const view = await ok<{ focusAreas: Array<{ id: string }> }>("query", "programmes.get", { id: programme.id }, cookie);
    expect(view.focusAreas.map((area) => area.id)).toEqual([full.id]);
  });

  it("publishes only adopted programmes and stamps the time", async () => {
    const { council, cookie } = await secretariatOfNewCouncil();
    const { programme } = await draftProgramme(council.id);
    const draft = await trpcMutation("programmes.setPublished", { id: programme.id, version: programme.version, published: true }, { cookie });
    expect(draft.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "programme_not_adopted" });
    const adopted = await adoptDirectly(programme);
    const published = await ok<{ published: boolean; publishedAt: string }>("mutation", "programmes.setPublished", {
      id: adopted.id, version: adopted.version, published: true,
    }, cookie);
    expect(published.published).toBe(true);
    expect(Date.parse(published.publishedAt)).not.toBeNaN();
  });

  it("starts a revision only of an adopted programme, and only once", async () => {
    const { council, cookie } = await secretariatOfNewCouncil();
    const { programme } = await draftProgramme(council.id);
    const ofDraft = await trpcMutation("programmes.startRevision", { id: programme.id, version: programme.version }, { cookie });
    expect(ofDraft.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "revise_adopted_only" });
    const adopted = await adoptDirectly(programme);
    await ok("mutation", "programmes.startRevision", { id: adopted.id, version: adopted.version }, cookie);
    const again = await trpcMutation("programmes.startRevision", { id: adopted.id, version: adopted.version }, { cookie });
    expect(again.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "revision_exists" });
  });
});

describe("who reads which programmes", () => {
  it("shows drafts to the council's members and county, only published versions to anonymous readers", async () => {
    const { council, county, municipality, cookie } = await secretariatOfNewCouncil();
    const { programme: draft } = await draftProgramme(council.id);
    const published = await adoptedProgramme(council.id, true);
    const ids = (data: { items: Array<{ id: string }> }) => data.items.map((item) => item.id).sort();

    const anonymous = await ok<{ items: Array<{ id: string }>; total: number }>("query", "programmes.listByOwner", { ownerId: council.id });
    expect(ids(anonymous)).toEqual([published.id]);
    expect(anonymous.total).toBe(1);
    expect((await trpcQuery("programmes.get", { id: draft.id })).status).toBe(404);

    const contributor = await signedInUser("municipality_contributor", municipality.id);
    const official = await signedInUser("county_official", county.id);
    for (const reader of [cookie, contributor.cookie, official.cookie]) {
      expect(ids(await ok("query", "programmes.listByOwner", { ownerId: council.id }, reader))).toEqual([draft.id, published.id].sort());
      expect((await trpcQuery("programmes.get", { id: draft.id }, { cookie: reader })).status).toBe(200);
    }
    const page = await ok<{ items: unknown[]; total: number }>("query", "programmes.listByOwner", { ownerId: council.id, limit: 1 }, cookie);
    expect(page).toMatchObject({ total: 2, items: [expect.anything()] });
  });
});
