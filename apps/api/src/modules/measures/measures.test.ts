import { describe, expect, it } from "vitest";
import { updateWithVersion } from "@samspill/db";
import { getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { adoptDirectly, ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, localMeasure, partOf, sharedMeasure } from "./measure-fixtures.js";

interface ListItem { id: string; title: string; status: string; progress: number; partCount: number; ownerName: string }
interface ListPage { items: ListItem[]; total: number }

async function programmeWithMeasures() {
  const region = await hamarregionen();
  const { programme, goalId } = await councilProgramme(region.council.id);
  const db = await getTestDb();
  const charging = await sharedMeasure(programme, {
    title: "Regional ladestruktur", status: "in_progress", progress: 40, sdgGoals: [7, 11], endDate: "2025-06-30", position: 1,
  });
  await partOf(charging, region.stange.id);
  const housing = await localMeasure(programme, region.hamar.id);
  const hamarOwn = await updateWithVersion(db, "measure", housing.id, housing.version, {
    title: "Boligsatsing Hamar", status: "delayed", progress: 10, endDate: "2024-12-31", position: 2,
  });
  const stangeOwn = await localMeasure(programme, region.stange.id);
  const stangeLocal = await updateWithVersion(db, "measure", stangeOwn.id, stangeOwn.version, {
    title: "Attraktive sentra i Stange", status: "planned", position: 3, description: "Stedsutvikling og ladepunkter",
  });
  const { cookie } = await signedInUser("secretariat", region.council.id);
  return { region, programme, goalId, charging, hamarOwn, stangeLocal, cookie };
}

describe("measures.list", () => {
  it("filters on the server by status, scope, municipality, SDG and search, with the total", async () => {
    const { region, programme, charging, hamarOwn, stangeLocal, cookie } = await programmeWithMeasures();
    const list = (filter: Record<string, unknown>) => ok<ListPage>("query", "measures.list", { programmeId: programme.id, ...filter }, cookie);

    expect((await list({})).items.map((item) => item.id)).toEqual([charging.id, hamarOwn.id, stangeLocal.id]);
    expect((await list({ status: ["delayed", "planned"] })).items.map((item) => item.id)).toEqual([hamarOwn.id, stangeLocal.id]);
    expect((await list({ scope: "shared" })).items.map((item) => item.id)).toEqual([charging.id]);
    // Stange's tasks: its own local measure and the shared one it has a part in, not Hamar's.
    expect((await list({ municipalityId: region.stange.id })).items.map((item) => item.id)).toEqual([charging.id, stangeLocal.id]);
    expect((await list({ sdgGoal: 7 })).items.map((item) => item.id)).toEqual([charging.id]);
    expect((await list({ search: "lade" })).items.map((item) => item.id)).toEqual([charging.id, stangeLocal.id]);
    const first = (await list({ municipalityId: region.stange.id })).items[0];
    expect(first).toMatchObject({ ownerName: "Hamarregionen", partCount: 1 });
  });

  it("names each measure's responsible organisation, as the programme's own tables do", async () => {
    const { region, programme, charging, cookie } = await programmeWithMeasures();
    const db = await getTestDb();
    const current = await db.selectFrom("measure").select("version").where("id", "=", charging.id).executeTakeFirstOrThrow();
    await updateWithVersion(db, "measure", charging.id, current.version, { responsibleOrganisationId: region.hamar.id });
    const page = await ok<{ items: Array<ListItem & { responsibleName: string | null }> }>("query", "measures.list", { programmeId: programme.id }, cookie);
    expect(page.items.find((item) => item.id === charging.id)).toMatchObject({ ownerName: "Hamarregionen", responsibleName: region.hamar.name });
    expect(page.items.filter((item) => item.id !== charging.id).map((item) => item.responsibleName)).toEqual([null, null]);
  });

  it("sorts by title, status, progress and end date, and pages with the total", async () => {
    const { programme, charging, hamarOwn, stangeLocal, cookie } = await programmeWithMeasures();
    const list = (input: Record<string, unknown>) => ok<ListPage>("query", "measures.list", { programmeId: programme.id, ...input }, cookie);
    const ids = async (input: Record<string, unknown>) => (await list(input)).items.map((item) => item.id);

    expect(await ids({ sort: "title" })).toEqual([stangeLocal.id, hamarOwn.id, charging.id]);
    expect(await ids({ sort: "status" })).toEqual([stangeLocal.id, charging.id, hamarOwn.id]);
    expect(await ids({ sort: "progress", direction: "desc" })).toEqual([charging.id, hamarOwn.id, stangeLocal.id]);
    expect(await ids({ sort: "endDate" })).toEqual([hamarOwn.id, charging.id, stangeLocal.id]);
    const page = await list({ sort: "title", limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.id)).toEqual([hamarOwn.id, charging.id]);
  });

  it("refuses a page larger than 200 with the field path", async () => {
    const { programme, cookie } = await programmeWithMeasures();
    const { status, body } = await trpcQuery("measures.list", { programmeId: programme.id, limit: 201 }, { cookie });
    expect(status).toBe(400);
    expect(body.error?.data.issues?.map((issue) => issue.path)).toEqual(["limit"]);
  });
});

describe("measures.update", () => {
  it("refuses an illegal status transition with INVALID_STATE and leaves the row alone", async () => {
    const { programme, cookie } = await programmeWithMeasures();
    const done = await sharedMeasure(programme, { status: "completed", progress: 100 });
    const { status, body } = await trpcMutation("measures.update", { id: done.id, version: done.version, status: "in_progress" }, { cookie });
    expect(status).toBe(412);
    expect(body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "status_terminal", params: { from: "completed", to: "in_progress" } });
    const after = await ok<{ status: string; version: number }>("query", "measures.get", { id: done.id }, cookie);
    expect(after).toMatchObject({ status: "completed", version: done.version });
  });

  it("sets progress to 100 when a measure is completed, and bumps the version", async () => {
    const { charging, cookie } = await programmeWithMeasures();
    const updated = await ok<{ status: string; progress: number; version: number }>(
      "mutation", "measures.update", { id: charging.id, version: charging.version, status: "completed" }, cookie,
    );
    expect(updated).toEqual(expect.objectContaining({ status: "completed", progress: 100, version: charging.version + 1 }));
  });

  it("answers CONFLICT with the current version when the version moved", async () => {
    const { charging, cookie } = await programmeWithMeasures();
    await ok("mutation", "measures.update", { id: charging.id, version: charging.version, title: "Ladestruktur i regionen" }, cookie);
    const { status, body } = await trpcMutation("measures.update", { id: charging.id, version: charging.version, progress: 50 }, { cookie });
    expect(status).toBe(409);
    expect(body.error?.data.params).toMatchObject({ currentVersion: charging.version + 1 });
  });

  it("lets a contributor edit their municipality's local measure but not another's", async () => {
    const { region, hamarOwn, stangeLocal } = await programmeWithMeasures();
    const { cookie } = await signedInUser("municipality_contributor", region.stange.id);
    await ok("mutation", "measures.update", { id: stangeLocal.id, version: stangeLocal.version, status: "in_progress" }, cookie);
    const { status, body } = await trpcMutation("measures.update", { id: hamarOwn.id, version: hamarOwn.version, progress: 90 }, { cookie });
    expect(status).toBe(403);
    expect(body.error?.data.reason).toBe("not_own_municipality");
  });
});

describe("measures.create", () => {
  it("adds measures to drafts, after the last one; an adopted programme takes them by revision, a superseded one not at all", async () => {
    const region = await hamarregionen();
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const { programme: draft } = await councilProgramme(region.council.id);
    const first = await ok<{ id: string; version: number; ownerId: string; position: number }>("mutation", "measures.create", {
      programmeId: draft.id, scope: "shared", ownerId: region.council.id, title: "Mjøsbysamarbeidet",
    }, cookie);
    const second = await ok<{ position: number }>("mutation", "measures.create", {
      programmeId: draft.id, scope: "shared", ownerId: region.council.id, title: "Mjøsbysamarbeidet 2",
    }, cookie);
    expect(first).toMatchObject({ ownerId: region.council.id, version: 1 });
    expect(second.position).toBe(first.position + 1);

    const adopted = await adoptDirectly(draft);
    const refused = await trpcMutation("measures.create", {
      programmeId: adopted.id, scope: "shared", ownerId: region.council.id, title: "Midt i perioden",
    }, { cookie });
    expect(refused.status).toBe(412);
    expect(refused.body.error?.data.reason).toBe("programme_adopted_use_revision");

    const superseded = await updateWithVersion(await getTestDb(), "programme", adopted.id, adopted.version, { status: "superseded" });
    const { status, body } = await trpcMutation("measures.create", {
      programmeId: superseded.id, scope: "shared", ownerId: region.council.id, title: "For sent",
    }, { cookie });
    expect(status).toBe(412);
    expect(body.error?.data.reason).toBe("programme_superseded");
  });

  it("gives a local measure only to a member municipality", async () => {
    const region = await hamarregionen();
    const stranger = await hamarregionen();
    const { programme } = await councilProgramme(region.council.id);
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const { status, body } = await trpcMutation("measures.create", {
      programmeId: programme.id, scope: "local", ownerId: stranger.stange.id, title: "Ikke vårt",
    }, { cookie });
    expect(status).toBe(400);
    expect(body.error?.data).toMatchObject({ reason: "owner_not_a_member", params: { field: "ownerId" } });
  });
});

describe("measures.delete", () => {
  it("deletes at the version read and not at an old one", async () => {
    const { charging, cookie } = await programmeWithMeasures();
    const stale = await trpcMutation("measures.delete", { id: charging.id, version: charging.version + 1 }, { cookie });
    expect(stale.status).toBe(409);
    await ok("mutation", "measures.delete", { id: charging.id, version: charging.version }, cookie);
    expect((await trpcQuery("measures.get", { id: charging.id }, { cookie })).status).toBe(404);
  });
});

describe("measures.setGoals and setSdgGoals", () => {
  it("links goals of the programme only, and tags SDGs", async () => {
    const { programme, goalId, charging, cookie } = await programmeWithMeasures();
    const other = await councilProgramme(programme.ownerId);
    const refused = await trpcMutation("measures.setGoals", { id: charging.id, version: charging.version, goalIds: [other.goalId] }, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data).toMatchObject({ reason: "goal_not_in_programme", params: { field: "goalIds" } });

    const linked = await ok<{ version: number }>("mutation", "measures.setGoals", { id: charging.id, version: charging.version, goalIds: [goalId] }, cookie);
    await ok("mutation", "measures.setSdgGoals", { id: charging.id, version: linked.version, sdgGoals: [13, 7, 7] }, cookie);
    const view = await ok<{ goals: Array<{ id: string }>; sdgGoals: number[] }>("query", "measures.get", { id: charging.id }, cookie);
    expect(view.goals.map((goal) => goal.id)).toEqual([goalId]);
    expect(view.sdgGoals).toEqual([7, 13]);
  });
});
