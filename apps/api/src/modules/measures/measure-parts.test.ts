import { describe, expect, it } from "vitest";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, localMeasure, sharedMeasure } from "./measure-fixtures.js";

interface PartView { id: string; municipalityId: string; municipalityName: string; status: string; progress: number; version: number }
interface MeasureView { status: string; progress: number; parts: PartView[]; rollUp: { status: string; progress: number } | null }

async function chargingWithParts() {
  const region = await hamarregionen();
  const { programme } = await councilProgramme(region.council.id);
  const measure = await sharedMeasure(programme, { title: "Regional ladestruktur" });
  const secretariat = (await signedInUser("secretariat", region.council.id)).cookie;
  const add = (municipalityId: string, budgetShare: unknown) =>
    ok<PartView>("mutation", "measures.addPart", { measureId: measure.id, municipalityId, budgetShare }, secretariat);
  const stangePart = await add(region.stange.id, { amountMinor: 300_000_00, currency: "NOK" });
  const hamarPart = await add(region.hamar.id, { amountMinor: 100_000_00, currency: "NOK" });
  return { region, programme, measure, secretariat, stangePart, hamarPart };
}

describe("measure parts", () => {
  it("lets Stange's contributor edit Stange's part and refuses Hamar's with not_own_municipality", async () => {
    const { region, stangePart, hamarPart } = await chargingWithParts();
    const { cookie } = await signedInUser("municipality_contributor", region.stange.id);

    const updated = await ok<PartView>("mutation", "measures.updatePart", {
      id: stangePart.id, version: stangePart.version, status: "in_progress", progress: 50, contactName: "Næringssjef i Stange",
    }, cookie);
    expect(updated).toMatchObject({ status: "in_progress", progress: 50, version: stangePart.version + 1 });

    const { status, body } = await trpcMutation("measures.updatePart", { id: hamarPart.id, version: hamarPart.version, progress: 99 }, { cookie });
    expect(status).toBe(403);
    expect(body.error?.data).toMatchObject({ domainCode: "FORBIDDEN", reason: "not_own_municipality", params: { kind: "measure_part" } });
  });

  it("rolls a shared measure's status and progress up from its parts, weighted by budget share", async () => {
    const { measure, secretariat, stangePart, hamarPart } = await chargingWithParts();
    await ok("mutation", "measures.updatePart", { id: stangePart.id, version: stangePart.version, status: "in_progress", progress: 80 }, secretariat);
    await ok("mutation", "measures.updatePart", { id: hamarPart.id, version: hamarPart.version, status: "delayed", progress: 20 }, secretariat);
    const view = await ok<MeasureView>("query", "measures.get", { id: measure.id }, secretariat);
    expect(view.parts.map((part) => [part.municipalityName, part.status, part.progress])).toEqual([
      ["Hamar", "delayed", 20],
      ["Stange", "in_progress", 80],
    ]);
    // (80 × 300 000 + 20 × 100 000) / 400 000 = 65; one delayed part makes the measure delayed.
    expect(view.rollUp).toEqual({ status: "delayed", progress: 65 });
  });

  it("adds parts only for members of the council today, and only to shared measures", async () => {
    const { region, programme, measure, secretariat } = await chargingWithParts();
    const elsewhere = await hamarregionen();
    const notMember = await trpcMutation("measures.addPart", { measureId: measure.id, municipalityId: elsewhere.hamar.id }, { cookie: secretariat });
    expect(notMember.status).toBe(400);
    expect(notMember.body.error?.data).toMatchObject({ reason: "municipality_not_a_member", params: { field: "municipalityId" } });

    const local = await localMeasure(programme, region.hamar.id);
    const onLocal = await trpcMutation("measures.addPart", { measureId: local.id, municipalityId: region.stange.id }, { cookie: secretariat });
    expect(onLocal.status).toBe(412);
    expect(onLocal.body.error?.data.reason).toBe("local_measure_has_no_parts");
  });

  it("refuses an illegal part status transition and removes a part at its version", async () => {
    const { measure, secretariat, hamarPart } = await chargingWithParts();
    const cancelled = await ok<PartView>("mutation", "measures.updatePart", { id: hamarPart.id, version: hamarPart.version, status: "cancelled" }, secretariat);
    const reopen = await trpcMutation("measures.updatePart", { id: cancelled.id, version: cancelled.version, status: "in_progress" }, { cookie: secretariat });
    expect(reopen.status).toBe(412);
    await ok("mutation", "measures.removePart", { id: cancelled.id, version: cancelled.version }, secretariat);
    const view = await ok<MeasureView>("query", "measures.get", { id: measure.id }, secretariat);
    expect(view.parts.map((part) => part.municipalityName)).toEqual(["Stange"]);
  });
});
