import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { councilProgramme, hamarregionen, localMeasure, outputIndicator, partOf, sharedMeasure, valueOf } from "../measures/measure-fixtures.js";
import { ok } from "../programmes/programme-fixtures.js";

async function regionWithMeasure() {
  const region = await hamarregionen();
  const { programme, goalId } = await councilProgramme(region.council.id);
  const measure = await sharedMeasure(programme);
  const secretariat = (await signedInUser("secretariat", region.council.id)).cookie;
  return { region, programme, goalId, measure, secretariat };
}

describe("indicators.list", () => {
  it("lists a measure's indicators by name, paged with the total", async () => {
    const { measure, secretariat } = await regionWithMeasure();
    for (const name of ["Deltakere", "Bedriftsbesøk", "Bedriftsmøter"]) {
      await ok("mutation", "indicators.create", { kind: "output", measureId: measure.id, name }, secretariat);
    }
    const page = await ok<{ items: Array<{ name: string }>; total: number }>(
      "query", "indicators.list", { measureId: measure.id, limit: 2, offset: 1 }, secretariat,
    );
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.name)).toEqual(["Bedriftsmøter", "Deltakere"]);
  });

  it("needs exactly one of goalId and measureId", async () => {
    const { goalId, measure, secretariat } = await regionWithMeasure();
    const both = await trpcQuery("indicators.list", { goalId, measureId: measure.id }, { cookie: secretariat });
    expect(both.status).toBe(400);
    expect(both.body.error?.data.issues?.[0]?.path).toBe("goalId");
  });
});

describe("indicators.create, update and delete", () => {
  it("puts outcome indicators on goals only, with the field path", async () => {
    const { measure, secretariat } = await regionWithMeasure();
    const { status, body } = await trpcMutation("indicators.create", { kind: "outcome", measureId: measure.id, name: "Folketall" }, { cookie: secretariat });
    expect(status).toBe(400);
    expect(body.error?.data.issues?.map((issue) => issue.path)).toContain("goalId");
  });

  it("updates at the version read and deletes with the values", async () => {
    const { goalId, secretariat } = await regionWithMeasure();
    const created = await ok<{ id: string; version: number }>("mutation", "indicators.create", { kind: "outcome", goalId, name: "Folketall" }, secretariat);
    const updated = await ok<{ version: number; target: number }>("mutation", "indicators.update", { id: created.id, version: created.version, target: 31_000 }, secretariat);
    expect(updated).toMatchObject({ target: 31_000, version: created.version + 1 });
    const stale = await trpcMutation("indicators.update", { id: created.id, version: created.version, target: 1 }, { cookie: secretariat });
    expect(stale.status).toBe(409);
    await valueOf(created.id, "2024-01-01", 30_000);
    await ok("mutation", "indicators.delete", { id: created.id, version: updated.version }, secretariat);
    expect((await trpcQuery("indicators.get", { id: created.id }, { cookie: secretariat })).status).toBe(404);
  });

  it("lets a contributor keep their local measure's indicators but not a shared measure's", async () => {
    const { region, programme, measure } = await regionWithMeasure();
    const own = await localMeasure(programme, region.stange.id);
    const { cookie } = await signedInUser("municipality_contributor", region.stange.id);
    await ok("mutation", "indicators.create", { kind: "output", measureId: own.id, name: "Nye bedrifter" }, cookie);
    const shared = await trpcMutation("indicators.create", { kind: "output", measureId: measure.id, name: "Ladepunkter" }, { cookie });
    expect(shared.status).toBe(403);
    expect(shared.body.error?.data.reason).toBe("role_not_allowed");
  });
});

describe("indicators.recordValue and removeValue", () => {
  it("lets a municipality record its own figure on a shared measure, not its neighbour's", async () => {
    const { region, measure } = await regionWithMeasure();
    await partOf(measure, region.stange.id);
    await partOf(measure, region.hamar.id);
    const indicator = await outputIndicator(measure, true);
    const { cookie } = await signedInUser("municipality_contributor", region.stange.id);
    const value = { indicatorId: indicator.id, measuredOn: "2025-06-30", value: 12 };
    await ok("mutation", "indicators.recordValue", { ...value, municipalityId: region.stange.id }, cookie);
    const hamars = await trpcMutation("indicators.recordValue", { ...value, municipalityId: region.hamar.id }, { cookie });
    expect(hamars.status).toBe(403);
    expect(hamars.body.error?.data.reason).toBe("not_own_municipality");
  });

  it("upserts one value per date and municipality, and refuses imports and stray municipalities", async () => {
    const { region, measure, secretariat } = await regionWithMeasure();
    const total = await outputIndicator(measure, false);
    const first = await ok<{ id: string; version: number }>("mutation", "indicators.recordValue", { indicatorId: total.id, measuredOn: "2024-12-31", value: 10 }, secretariat);
    const again = await ok<{ id: string; version: number; value: number }>("mutation", "indicators.recordValue", { indicatorId: total.id, measuredOn: "2024-12-31", value: 11 }, secretariat);
    expect(again).toMatchObject({ id: first.id, value: 11, version: first.version + 1 });

    const perMunicipality = await trpcMutation("indicators.recordValue", {
      indicatorId: total.id, municipalityId: region.stange.id, measuredOn: "2024-12-31", value: 1,
    }, { cookie: secretariat });
    expect(perMunicipality.body.error?.data).toMatchObject({ reason: "indicator_not_per_municipality", params: { field: "municipalityId" } });
    const imported = await trpcMutation("indicators.recordValue", { indicatorId: total.id, measuredOn: "2023-12-31", value: 1, source: "ssb" }, { cookie: secretariat });
    expect(imported.status).toBe(400);
    expect(imported.body.error?.data.reason).toBe("only_manual_values");

    expect((await trpcMutation("indicators.removeValue", { id: first.id, version: first.version }, { cookie: secretariat })).status).toBe(409);
    await ok("mutation", "indicators.removeValue", { id: first.id, version: again.version }, secretariat);
    const view = await ok<{ series: unknown[] }>("query", "indicators.get", { id: total.id }, secretariat);
    expect(view.series).toEqual([]);
  });
});

describe("reading indicators", () => {
  it("shows a published programme's indicators to anyone and hides a draft's", async () => {
    const region = await hamarregionen();
    const published = await councilProgramme(region.council.id, true);
    const draft = await councilProgramme(region.council.id, false);
    const visible = await outputIndicator(await sharedMeasure(published.programme));
    const hidden = await outputIndicator(await sharedMeasure(draft.programme));
    expect((await trpcQuery("indicators.get", { id: visible.id })).status).toBe(200);
    expect((await trpcQuery("indicators.get", { id: hidden.id })).status).toBe(404);
  });

  it("takes figures only for the council's own municipalities: a Swedish or a neighbouring one is refused at the field", async () => {
    const { region, measure, secretariat } = await regionWithMeasure();
    const perMunicipality = await outputIndicator(measure, true);
    const value = { indicatorId: perMunicipality.id, measuredOn: "2025-06-30", value: 3 };
    await ok("mutation", "indicators.recordValue", { ...value, municipalityId: region.hamar.id }, secretariat);
    const db = await getTestDb();
    const vimmerby = await createOrganisation(db, { kind: "municipality", country: "SE" });
    const neighbour = await createOrganisation(db, { kind: "municipality", countyId: region.county.id });
    for (const stranger of [vimmerby, neighbour]) {
      const refused = await trpcMutation("indicators.recordValue", { ...value, municipalityId: stranger.id }, { cookie: secretariat });
      expect(refused.status).toBe(400);
      expect(refused.body.error?.data).toMatchObject({ reason: "not_a_member_municipality", params: { field: "municipalityId" } });
    }
    const view = await ok<{ series: Array<{ municipalityId: string | null }> }>("query", "indicators.get", { id: perMunicipality.id }, secretariat);
    expect(view.series.map((series) => series.municipalityId)).toEqual([region.hamar.id]);
  });
});
