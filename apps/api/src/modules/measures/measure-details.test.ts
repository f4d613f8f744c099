import { describe, expect, it } from "vitest";
import { insertObligation, updateWithVersion } from "@samspill/db";
import { createAgreement, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, partOf, sharedMeasure } from "./measure-fixtures.js";

interface Detail {
  responsiblePerson: string;
  parts: Array<{ municipalityName: string; contactName: string; contactEmail: string | null }>;
  obligations: Array<{ id: string; title: string; agreementTitle: string }>;
}

async function publishedMeasureWithObligation() {
  const db = await getTestDb();
  const region = await hamarregionen();
  const { programme } = await councilProgramme(region.council.id, true);
  const measure = await sharedMeasure(programme, { responsiblePerson: "Kari Nordmann" });
  const part = await partOf(measure, region.stange.id);
  await updateWithVersion(db, "measurePart", part.id, part.version, { contactName: "Ola Nordmann", contactEmail: "ola@stange.kommune.no" });
  const { agreement } = await createAgreement(db, { countyId: region.county.id, partyIds: [region.council.id], title: "Partnerskapsavtale 2024–2027" });
  const obligation = await insertObligation(db, { agreementId: agreement.id, partyId: region.council.id, title: "Regional ladestruktur" });
  return { region, measure, obligation };
}

describe("measures.get", () => {
  it("links agreement obligations, set by the secretariat, and shows them to those who read the agreement", async () => {
    const { region, measure, obligation } = await publishedMeasureWithObligation();
    const { cookie } = await signedInUser("secretariat", region.council.id);
    await ok("mutation", "measures.update", { id: measure.id, version: measure.version, obligationIds: [obligation.id] }, cookie);
    const view = await ok<Detail>("query", "measures.get", { id: measure.id }, cookie);
    expect(view.obligations).toEqual([expect.objectContaining({ id: obligation.id, agreementTitle: "Partnerskapsavtale 2024–2027" })]);
    expect(view.parts[0]).toMatchObject({ municipalityName: "Stange", contactName: "Ola Nordmann" });

    // The public reads the published measure, but neither the county's agreement nor people's names.
    const anonymous = await ok<Detail>("query", "measures.get", { id: measure.id });
    expect(anonymous.obligations).toEqual([]);
    expect(anonymous.responsiblePerson).toBe("");
    expect(anonymous.parts[0]).toMatchObject({ municipalityName: "Stange", contactName: "", contactEmail: null });
  });

  it("refuses obligations of agreements the programme's owner is not a party to", async () => {
    const { region, measure } = await publishedMeasureWithObligation();
    const db = await getTestDb();
    const { agreement, parties } = await createAgreement(db, { countyId: region.county.id });
    const foreign = await insertObligation(db, { agreementId: agreement.id, partyId: parties[1]!.organisationId, title: "Noe annet" });
    const { cookie } = await signedInUser("secretariat", region.council.id);
    const { status, body } = await trpcMutation("measures.update", { id: measure.id, version: measure.version, obligationIds: [foreign.id] }, { cookie });
    expect(status).toBe(400);
    expect(body.error?.data).toMatchObject({ reason: "obligation_not_of_a_party", params: { field: "obligationIds" } });
  });

  it("hides another council's draft measure as NOT_FOUND", async () => {
    const region = await hamarregionen();
    const other = await hamarregionen();
    const { programme } = await councilProgramme(other.council.id);
    const measure = await sharedMeasure(programme);
    const { cookie } = await signedInUser("secretariat", region.council.id);
    expect((await trpcQuery("measures.get", { id: measure.id }, { cookie })).status).toBe(404);
    expect((await trpcMutation("measures.update", { id: measure.id, version: measure.version, progress: 5 }, { cookie })).status).toBe(404);
  });
});
