import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { agreementWith } from "./agreement-fixtures.js";

// Creating, reading and listing agreements, and who may do which.

async function countyWithCouncil() {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 1 });
  const official = await signedInUser("county_official", world.county.id);
  return { ...world, official };
}

const data = <T>(body: { result?: { data: unknown } }) => body.result?.data as T;

describe("agreements.create", () => {
  it("records the agreement with the county and the council as parties, and audits it in the county's log", async () => {
    const { county, council, official } = await countyWithCouncil();
    const { status, body } = await trpcMutation("agreements.create", {
      countyId: county.id, title: "Partnerskapsavtale 2024–2027", periodStart: "2024-01-01", periodEnd: "2027-12-31", caseNumber: "24/00871",
      parties: [{ organisationId: council.id, signatoryName: "Geir Eksempel", signatoryTitle: "Leder", signedOn: "2024-04-05" }],
    }, { cookie: official.cookie });
    expect(status, JSON.stringify(body.error?.data)).toBe(200);
    const created = data<{ id: string; version: number; parties: Array<{ organisationId: string }> }>(body);
    expect(created.version).toBe(1);
    expect(created.parties.map((party) => party.organisationId)).toEqual([county.id, council.id]);

    const details = data<{ caseNumber: string; parties: Array<Record<string, unknown>> }>(
      (await trpcQuery("agreements.get", { id: created.id }, { cookie: official.cookie })).body,
    );
    expect(details.caseNumber).toBe("24/00871");
    expect(details.parties).toContainEqual(expect.objectContaining({
      organisationId: council.id, name: council.name, kind: "regional_council", signatoryName: "Geir Eksempel", signedOn: "2024-04-05",
    }));
    const events = await (await getTestDb()).selectFrom("auditEvent").selectAll().where("subjectId", "=", created.id).execute();
    expect(events).toMatchObject([{ action: "agreement.created", organisationId: county.id, actorId: official.user.id }]);
  });

  it("refuses a party outside the county, and an agreement without a council or municipality", async () => {
    const { county, official } = await countyWithCouncil();
    const elsewhere = await createCouncilWithMembers(await getTestDb(), { memberCount: 0 });
    const base = { countyId: county.id, title: "Avtale", periodStart: "2024-01-01", periodEnd: "2024-12-31" };
    const outside = await trpcMutation("agreements.create", { ...base, parties: [{ organisationId: elsewhere.council.id }] }, { cookie: official.cookie });
    expect(outside.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "party_not_in_county" });
    const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
    const onlyPartner = await trpcMutation("agreements.create", { ...base, parties: [{ organisationId: partner.id }] }, { cookie: official.cookie });
    expect(onlyPartner.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "agreement_needs_council_or_municipality" });
    const backwards = await trpcMutation("agreements.create", { ...base, periodEnd: "2023-01-01", parties: [] }, { cookie: official.cookie });
    expect(backwards.body.error?.data.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(["periodEnd", "parties"]));
  });
});

describe("who reads and who edits", () => {
  it("lets the secretariat of a party read its agreement but not edit it", async () => {
    const { county, council } = await countyWithCouncil();
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const secretariat = await signedInUser("secretariat", council.id);
    const read = await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie: secretariat.cookie });
    expect(read.status).toBe(200);
    const edit = await trpcMutation("agreements.update", { id: fixture.agreementId, version: 1, title: "Ny" }, { cookie: secretariat.cookie });
    expect(edit.status).toBe(403);
    expect(edit.body.error?.data).toMatchObject({ domainCode: "FORBIDDEN", reason: "role_not_allowed" });
  });

  it("answers another county's official with NOT_FOUND, for reads and edits alike", async () => {
    const { county, council } = await countyWithCouncil();
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const other = await signedInUser("county_official", (await createOrganisation(await getTestDb(), { kind: "county" })).id);
    expect((await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie: other.cookie })).status).toBe(404);
    const edit = await trpcMutation("agreements.update", { id: fixture.agreementId, version: 1, title: "Ny" }, { cookie: other.cookie });
    expect(edit.body.error?.data.domainCode).toBe("NOT_FOUND");
  });

  it("keeps an update's period ordered against the stored bounds", async () => {
    const { county, council, official } = await countyWithCouncil();
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const { body } = await trpcMutation("agreements.update", { id: fixture.agreementId, version: 1, periodEnd: "2020-01-01" }, { cookie: official.cookie });
    expect(body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "range_not_ordered" });
  });

  it("lets exactly one of two updates with the same version through; the other gets CONFLICT", async () => {
    const { county, council, official } = await countyWithCouncil();
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const calls = ["A", "B", "C", "D"].map((title) =>
      trpcMutation("agreements.update", { id: fixture.agreementId, version: 1, title }, { cookie: official.cookie }));
    const results = await Promise.all(calls);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409, 409]);
    expect(results.find((result) => result.status === 409)?.body.error?.data.params).toMatchObject({ currentVersion: 2 });
    const stored = data<{ version: number }>((await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie: official.cookie })).body);
    expect(stored.version).toBe(2);
  });
});

describe("agreements.list", () => {
  it("shows a county official the county's agreements, a party its own, filtered and paged on the server", async () => {
    const { county, council, municipalities, official } = await countyWithCouncil();
    const [municipality] = municipalities;
    if (!municipality) throw new Error("no municipality");
    const withCouncil = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const withMunicipality = await agreementWith(county.id, { id: municipality.id, kind: "municipality" });
    type Page = { total: number; items: Array<{ id: string; parties: Array<{ name: string }> }> };

    const all = data<Page>((await trpcQuery("agreements.list", {}, { cookie: official.cookie })).body);
    expect(all.total).toBe(2);
    expect(all.items.map((item) => item.id).sort()).toEqual([withCouncil.agreementId, withMunicipality.agreementId].sort());
    const firstPage = data<Page>((await trpcQuery("agreements.list", { limit: 1 }, { cookie: official.cookie })).body);
    expect(firstPage).toMatchObject({ total: 2, items: [expect.anything()] });
    const byParty = data<Page>((await trpcQuery("agreements.list", { partyId: municipality.id, countyId: county.id }, { cookie: official.cookie })).body);
    expect(byParty.items.map((item) => item.id)).toEqual([withMunicipality.agreementId]);
    expect(data<Page>((await trpcQuery("agreements.list", { year: 2030 }, { cookie: official.cookie })).body).total).toBe(0);
    expect(data<Page>((await trpcQuery("agreements.list", { status: "draft" }, { cookie: official.cookie })).body).total).toBe(0);

    const contributor = await signedInUser("municipality_contributor", municipality.id);
    const own = data<Page>((await trpcQuery("agreements.list", undefined, { cookie: contributor.cookie })).body);
    expect(own.items.map((item) => item.id)).toEqual([withMunicipality.agreementId]);
    expect(own.items[0]?.parties.map((party) => party.name)).toContain(municipality.name);
    // A contributor cannot list the council's agreements, nor the county's.
    expect((await trpcQuery("agreements.list", { partyId: council.id }, { cookie: contributor.cookie })).status).toBe(404);
    expect((await trpcQuery("agreements.list", { countyId: county.id }, { cookie: contributor.cookie })).status).toBe(404);
  });
});
