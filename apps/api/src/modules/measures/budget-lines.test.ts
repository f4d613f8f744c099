import { describe, expect, it } from "vitest";
import { getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, partOf, sharedMeasure } from "./measure-fixtures.js";

async function sharedWithParts() {
  const region = await hamarregionen();
  const { programme } = await councilProgramme(region.council.id);
  const measure = await sharedMeasure(programme);
  const stangePart = await partOf(measure, region.stange.id);
  const hamarPart = await partOf(measure, region.hamar.id);
  const other = await sharedMeasure(programme);
  return { region, measure, stangePart, hamarPart, other };
}

const line = (measureId: string, partId: string | null, amountMinor: number) => ({
  measureId, partId, year: 2025, amount: { amountMinor, currency: "NOK" }, fundingSource: "municipal_own_contribution",
});

describe("budget lines", () => {
  it("refuses a negative amount with 400 and the field path, writing nothing", async () => {
    const { region, measure } = await sharedWithParts();
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const { status, body } = await trpcMutation("measures.addBudgetLine", line(measure.id, null, -100), { cookie });
    expect(status).toBe(400);
    expect(body.error?.data.issues?.map((issue) => issue.path)).toContain("amount.amountMinor");
    const db = await getTestDb();
    expect(await db.selectFrom("budgetLine").select("id").where("measureId", "=", measure.id).execute()).toHaveLength(0);
  });

  it("lets a contributor budget their own part only, and keeps a part's line on that part's measure", async () => {
    const { region, measure, stangePart, hamarPart, other } = await sharedWithParts();
    const { cookie } = await signedInUser("municipality_contributor", region.stange.id);
    const added = await ok<{ partId: string; amount: { amountMinor: number } }>("mutation", "measures.addBudgetLine", line(measure.id, stangePart.id, 250_000_00), cookie);
    expect(added).toMatchObject({ partId: stangePart.id, amount: { amountMinor: 250_000_00 } });

    const hamars = await trpcMutation("measures.addBudgetLine", line(measure.id, hamarPart.id, 1), { cookie });
    expect(hamars.status).toBe(403);
    expect(hamars.body.error?.data.reason).toBe("not_own_municipality");
    // A measure-level line of a shared measure is the secretariat's.
    expect((await trpcMutation("measures.addBudgetLine", line(measure.id, null, 1), { cookie })).status).toBe(403);

    const secretariat = (await signedInUser("secretariat", region.council.id)).cookie;
    const mismatched = await trpcMutation("measures.addBudgetLine", line(other.id, stangePart.id, 1), { cookie: secretariat });
    expect(mismatched.status).toBe(400);
    expect(mismatched.body.error?.data).toMatchObject({ reason: "part_not_of_measure", params: { field: "partId" } });
  });

  it("updates and removes a line at its version", async () => {
    const { region, measure } = await sharedWithParts();
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const added = await ok<{ id: string; version: number }>("mutation", "measures.addBudgetLine", line(measure.id, null, 100), cookie);
    const updated = await ok<{ id: string; version: number; year: number }>("mutation", "measures.updateBudgetLine", {
      id: added.id, version: added.version, year: 2026, amount: { amountMinor: 200, currency: "NOK" },
    }, cookie);
    expect(updated).toMatchObject({ year: 2026, version: added.version + 1 });
    expect((await trpcMutation("measures.removeBudgetLine", { id: added.id, version: added.version }, { cookie })).status).toBe(409);
    await ok("mutation", "measures.removeBudgetLine", { id: added.id, version: updated.version }, cookie);
  });
});
