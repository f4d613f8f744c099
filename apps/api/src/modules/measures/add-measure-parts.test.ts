import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, partOf, sharedMeasure } from "./measure-fixtures.js";

async function twoSharedMeasures() {
  const region = await hamarregionen();
  const { programme } = await councilProgramme(region.council.id);
  const charging = await sharedMeasure(programme, { title: "Regional ladestruktur" });
  const tourism = await sharedMeasure(programme, { title: "Reiseliv" });
  const secretariat = (await signedInUser("secretariat", region.council.id)).cookie;
  return { region, programme, charging, tourism, secretariat };
}

async function partsOf(measureIds: readonly string[]) {
  const db = await getTestDb();
  return db.selectFrom("measurePart").select(["measureId", "municipalityId"]).where("measureId", "in", [...measureIds]).execute();
}

const refs = (...measures: Array<{ id: string; version: number }>) => measures.map(({ id, version }) => ({ id, version }));

describe("parts for members in one step", () => {
  it("gives every chosen member a part in every chosen measure, keeps an existing part, and logs each", async () => {
    const { region, charging, tourism, secretariat } = await twoSharedMeasures();
    const kept = await partOf(charging, region.stange.id);
    const answer = await ok<{ added: Array<{ measureId: string; municipalityId: string }>; kept: number }>("mutation", "measures.addParts", {
      measures: refs(charging, tourism), municipalityIds: [region.stange.id, region.hamar.id],
    }, secretariat);
    expect(answer.kept).toBe(1);
    expect(answer.added).toHaveLength(3);
    const parts = await partsOf([charging.id, tourism.id]);
    expect(parts).toHaveLength(4);
    expect(parts.filter((part) => part.measureId === charging.id && part.municipalityId === region.stange.id)).toHaveLength(1);
    const db = await getTestDb();
    const untouched = await db.selectFrom("measurePart").select("version").where("id", "=", kept.id).executeTakeFirstOrThrow();
    expect(untouched.version).toBe(kept.version);
    const events = await db.selectFrom("auditEvent").select(["action", "organisationId"])
      .where("subjectId", "in", answer.added.map((part) => (part as { id?: string }).id ?? "")).execute();
    expect(events.map((event) => event.action)).toEqual(["measure_part.added", "measure_part.added", "measure_part.added"]);
  });

  it("refuses a non-member and a Swedish municipality naming the field, and writes nothing", async () => {
    const { region, charging, tourism, secretariat } = await twoSharedMeasures();
    const swedish = await createOrganisation(await getTestDb(), { kind: "municipality", country: "SE", name: "Eda" });
    const elsewhere = await hamarregionen();
    for (const [outsider, index] of [[swedish.id, 1], [elsewhere.hamar.id, 1]] as const) {
      const { status, body } = await trpcMutation("measures.addParts", {
        measures: refs(charging, tourism), municipalityIds: [region.stange.id, outsider],
      }, { cookie: secretariat });
      expect(status).toBe(400);
      expect(body.error?.data).toMatchObject({ reason: "municipality_not_a_member", params: { field: `municipalityIds.${index}` } });
      expect(body.error?.data.issues?.map((issue) => issue.path)).toEqual([`municipalityIds.${index}`]);
    }
    expect(await partsOf([charging.id, tourism.id])).toHaveLength(0);
  });

  it("refuses a measure changed since it was read, naming it, and writes nothing", async () => {
    const { region, charging, tourism, secretariat } = await twoSharedMeasures();
    const { status, body } = await trpcMutation("measures.addParts", {
      measures: [{ id: charging.id, version: charging.version }, { id: tourism.id, version: tourism.version + 1 }],
      municipalityIds: [region.stange.id],
    }, { cookie: secretariat });
    expect(status).toBe(409);
    expect(body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "version_mismatch", params: { field: "measures.1", currentVersion: tourism.version } });
    expect(await partsOf([charging.id, tourism.id])).toHaveLength(0);
  });

  it("is the secretariat's: a member municipality's contributor is refused", async () => {
    const { region, charging } = await twoSharedMeasures();
    const contributor = (await signedInUser("municipality_contributor", region.stange.id)).cookie;
    const { status, body } = await trpcMutation("measures.addParts", { measures: refs(charging), municipalityIds: [region.stange.id] }, { cookie: contributor });
    expect(status).toBe(403);
    expect(body.error?.data.domainCode).toBe("FORBIDDEN");
    expect(await partsOf([charging.id])).toHaveLength(0);
  });
});
