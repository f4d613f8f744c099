import { describe, expect, it } from "vitest";
import { createMeasure, createMeasurePart, createOrganisation, createProgramme, getTestDb } from "@samspill/db/testing";
import { insertFocusArea } from "@samspill/db";
import { trpcQuery } from "../../testing/harness.js";

async function publishedProgrammeWithTree() {
  const db = await getTestDb();
  const council = await createOrganisation(db, { kind: "regional_council" });
  const { programme, focusAreas } = await createProgramme(db, { ownerId: council.id, published: true, focusAreaCount: 2 });
  const [first] = focusAreas;
  if (!first) throw new Error("factory made no focus area");
  const subTheme = await insertFocusArea(db, { programmeId: programme.id, parentId: first.id, title: "Samferdsel", position: 0 });
  const shared = await createMeasure(db, {
    programmeId: programme.id,
    focusAreaId: first.id,
    scope: "shared",
    ownerId: council.id,
    title: "Regional ladestruktur",
    status: "in_progress",
    progress: 40,
  });
  const member = await createOrganisation(db, { kind: "municipality" });
  await createMeasurePart(db, { measureId: shared.id, municipalityId: member.id });
  return { council, programme, focusAreas, subTheme, shared };
}

describe("programmes.get", () => {
  it("returns the focus-area tree with sub-themes, goals and measures with names", async () => {
    const { council, programme, focusAreas, subTheme, shared } = await publishedProgrammeWithTree();
    const { status, body } = await trpcQuery("programmes.get", { id: programme.id });
    expect(status).toBe(200);
    const view = body.result?.data as {
      owner: { name: string };
      focusAreas: Array<{ id: string; children: Array<{ id: string }>; goals: unknown[]; measures: Array<Record<string, unknown>> }>;
    };
    expect(view.owner.name).toBe(council.name);
    expect(view.focusAreas.map((area) => area.id)).toEqual(focusAreas.map((area) => area.id));
    expect(view.focusAreas[0]?.children.map((child) => child.id)).toEqual([subTheme.id]);
    expect(view.focusAreas[0]?.goals).toHaveLength(1);
    expect(view.focusAreas[0]?.measures[0]).toMatchObject({
      id: shared.id,
      title: "Regional ladestruktur",
      scope: "shared",
      status: "in_progress",
      progress: 40,
      ownerName: council.name,
      partCount: 1,
    });
  });

  it("hides an unpublished programme from anonymous readers as NOT_FOUND", async () => {
    const db = await getTestDb();
    const { programme } = await createProgramme(db, { published: false });
    const { status, body } = await trpcQuery("programmes.get", { id: programme.id });
    expect(status).toBe(404);
    expect(body.error?.data.domainCode).toBe("NOT_FOUND");
  });

  it("answers a programme that does not exist with NOT_FOUND", async () => {
    const { status } = await trpcQuery("programmes.get", { id: "5b0e4c1e-8a0f-4c59-9b7e-2f0d7c3a1e11" });
    expect(status).toBe(404);
  });
});

describe("programmes.list", () => {
  it("lists published programmes of an owner and leaves drafts out", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const published = await createProgramme(db, { ownerId: council.id, published: true, focusAreaCount: 0 });
    await createProgramme(db, { ownerId: council.id, published: false, focusAreaCount: 0 });
    const { body } = await trpcQuery("programmes.list", { ownerId: council.id });
    const items = (body.result?.data as { items: Array<{ id: string; owner: { name: string } }> }).items;
    expect(items.map((item) => item.id)).toEqual([published.programme.id]);
    expect(items[0]?.owner.name).toBe(council.name);
  });
});
