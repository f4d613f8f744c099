import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";

describe("strategies", () => {
  it("are written by the secretariat and read by the public once published", async () => {
    const { council, municipalities } = await createCouncilWithMembers(await getTestDb(), { memberCount: 1 });
    const { cookie } = await signedInUser("secretariat", council.id);
    const created = await ok<{ id: string; version: number; published: boolean }>("mutation", "strategies.create", {
      ownerId: council.id, title: "SLUS", vision: "Vimmerby växer", periodStart: "2020-01-01", periodEnd: "2030-12-31",
    }, cookie);
    expect(created.published).toBe(false);
    expect((await trpcQuery("strategies.get", { id: created.id })).status).toBe(404);
    expect((await ok<{ total: number }>("query", "strategies.list", { ownerId: council.id })).total).toBe(0);

    const updated = await ok<{ version: number; overarchingGoal: string }>("mutation", "strategies.update", {
      id: created.id, version: created.version, overarchingGoal: "10 000 invånare",
    }, cookie);
    expect(updated).toMatchObject({ overarchingGoal: "10 000 invånare", version: created.version + 1 });
    const stale = await trpcMutation("strategies.update", { id: created.id, version: created.version, title: "X" }, { cookie });
    expect(stale.status).toBe(409);
    const backwards = await trpcMutation("strategies.update", { id: created.id, version: updated.version, periodEnd: "2019-12-31" }, { cookie });
    expect(backwards.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "range_not_ordered" });

    const contributor = await signedInUser("municipality_contributor", municipalities[0]!.id);
    const refused = await trpcMutation("strategies.setPublished", { id: created.id, version: updated.version, published: true }, { cookie: contributor.cookie });
    expect(refused.body.error?.data).toMatchObject({ domainCode: "FORBIDDEN", reason: "role_not_allowed" });

    await ok("mutation", "strategies.setPublished", { id: created.id, version: updated.version, published: true }, cookie);
    expect(await ok("query", "strategies.get", { id: created.id })).toMatchObject({ vision: "Vimmerby växer", published: true });
    expect((await ok<{ total: number }>("query", "strategies.list", { ownerId: council.id })).total).toBe(1);
  });
});
