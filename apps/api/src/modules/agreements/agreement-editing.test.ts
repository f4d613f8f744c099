import { describe, expect, it } from "vitest";
import { insertMeasureObligationLink } from "@samspill/db";
import { createCouncilWithMembers, createMeasure, createOrganisation, createProgramme, getTestDb } from "@samspill/db/testing";
import { officialName } from "@samspill/domain";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { agreementWith, fundingIn, obligationIn } from "./agreement-fixtures.js";

// What the county official's editing screens read: whether they may record an agreement, whom
// with, which measures can fulfil an obligation, and each linked measure once.

const data = <T>(body: { result?: { data: unknown } }) => body.result?.data as T;

interface ListAnswer {
  viewer: { create: { allowed: boolean; reason: string | null } };
  items: Array<{ id: string; committed: Array<{ amountMinor: number; currency: string }> }>;
}

async function countyWithCouncil() {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 1 });
  const official = await signedInUser("county_official", world.county.id);
  return { ...world, official };
}

describe("agreements.list", () => {
  it("names whose agreements a member municipality's list holds, by the municipality's official name", async () => {
    const { municipalities } = await countyWithCouncil();
    const member = municipalities[0]!;
    const contributor = await signedInUser("municipality_contributor", member.id);
    const list = data<{ items: unknown[]; party: { id: string; name: string; kind: string } | null }>(
      (await trpcQuery("agreements.list", {}, { cookie: contributor.cookie })).body,
    );
    expect(list.items).toEqual([]);
    expect(list.party).toEqual({ id: member.id, name: officialName(member), kind: "municipality" });
  });

  it("lets a county official record agreements, with each agreement's committed sum as the county dashboard has it", async () => {
    const { county, council, official } = await countyWithCouncil();
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    await fundingIn(fixture, 2024, 200_000_000);
    await fundingIn({ ...fixture }, 2025, 150_000_000);
    const list = data<ListAnswer>((await trpcQuery("agreements.list", {}, { cookie: official.cookie })).body);
    expect(list.viewer.create).toEqual({ allowed: true, reason: null });
    const item = list.items.find((row) => row.id === fixture.agreementId);
    expect(item?.committed).toEqual([{ amountMinor: 350_000_000, currency: "NOK" }]);
    const dashboard = data<{ agreements: Array<{ id: string; funds: Array<{ committedMinor: number }> }> }>(
      (await trpcQuery("dashboards.county", {}, { cookie: official.cookie })).body,
    );
    expect(dashboard.agreements.find((row) => row.id === fixture.agreementId)?.funds[0]?.committedMinor).toBe(350_000_000);
  });

  it("does not let the council's secretariat record agreements, though it reads its own", async () => {
    const { county, council } = await countyWithCouncil();
    await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const secretariat = await signedInUser("secretariat", council.id);
    const list = data<ListAnswer>((await trpcQuery("agreements.list", {}, { cookie: secretariat.cookie })).body);
    expect(list.items).toHaveLength(1);
    expect(list.viewer.create.allowed).toBe(false);
  });
});

describe("agreements.partyOptions", () => {
  it("offers the county's councils and municipalities and the partners, not those of another county", async () => {
    const { county, council, municipalities, official } = await countyWithCouncil();
    const elsewhere = await createCouncilWithMembers(await getTestDb(), { memberCount: 0 });
    const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
    const answer = data<{ county: { id: string }; currency: string; counterparts: Array<{ id: string }>; partners: Array<{ id: string }> }>(
      (await trpcQuery("agreements.partyOptions", {}, { cookie: official.cookie })).body,
    );
    expect(answer.county.id).toBe(county.id);
    expect(answer.currency).toBe("NOK");
    const ids = answer.counterparts.map((option) => option.id);
    expect(ids).toEqual(expect.arrayContaining([council.id, municipalities[0]!.id]));
    expect(ids).not.toContain(elsewhere.council.id);
    expect(answer.partners.map((option) => option.id)).toContain(partner.id);
  });
});

describe("the measures of an obligation while a revision is drafted", () => {
  it("names each measure once, in its adopted version, and marks a measure only the draft has", async () => {
    const { county, council, official } = await countyWithCouncil();
    const db = await getTestDb();
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const obligation = await obligationIn(fixture);
    const { programme: adopted } = await createProgramme(db, { ownerId: council.id, focusAreaCount: 0, status: "adopted" });
    const { programme: draft } = await createProgramme(db, { ownerId: council.id, focusAreaCount: 0, predecessorId: adopted.id });
    const original = await createMeasure(db, { programmeId: adopted.id, title: "Ladeinfrastruktur" });
    const copy = await createMeasure(db, { programmeId: draft.id, title: "Ladeinfrastruktur", predecessorId: original.id });
    const added = await createMeasure(db, { programmeId: draft.id, title: "Nytt tiltak" });
    for (const measure of [original, copy, added]) await insertMeasureObligationLink(db, obligation.id, measure.id);

    const details = data<{ obligations: Array<{ measures: Array<{ id: string; draft: boolean }> }> }>(
      (await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie: official.cookie })).body,
    );
    expect(details.obligations[0]?.measures).toEqual([
      expect.objectContaining({ id: original.id, draft: false }),
      expect.objectContaining({ id: added.id, draft: true }),
    ]);

    const options = data<Array<{ id: string; draft: boolean }>>(
      (await trpcQuery("agreements.measureOptions", { agreementId: fixture.agreementId }, { cookie: official.cookie })).body,
    );
    expect(options.map((option) => option.id).sort()).toEqual([original.id, added.id].sort());
  });

  it("links a measure with its draft copy, so the link outlives the revision, and unlinks them together", async () => {
    const { county, council, official } = await countyWithCouncil();
    const db = await getTestDb();
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const obligation = await obligationIn(fixture);
    const { programme: adopted } = await createProgramme(db, { ownerId: council.id, focusAreaCount: 0, status: "adopted" });
    const { programme: draft } = await createProgramme(db, { ownerId: council.id, focusAreaCount: 0, predecessorId: adopted.id });
    const original = await createMeasure(db, { programmeId: adopted.id });
    const copy = await createMeasure(db, { programmeId: draft.id, predecessorId: original.id });
    const links = () => db.selectFrom("measureObligation").select("measureId").where("obligationId", "=", obligation.id).execute();
    const cookie = official.cookie;

    const linked = await trpcMutation("agreements.linkObligationToMeasure", { obligationId: obligation.id, measureId: original.id }, { cookie });
    expect(linked.status, JSON.stringify(linked.body.error?.data)).toBe(200);
    expect((await links()).map((row) => row.measureId).sort()).toEqual([original.id, copy.id].sort());
    const details = data<{ obligations: Array<{ measures: Array<{ id: string }> }> }>(
      (await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie })).body,
    );
    expect(details.obligations[0]?.measures.map((measure) => measure.id)).toEqual([original.id]);

    const unlinked = await trpcMutation("agreements.unlinkObligationFromMeasure", { obligationId: obligation.id, measureId: original.id }, { cookie });
    expect(unlinked.status, JSON.stringify(unlinked.body.error?.data)).toBe(200);
    expect(await links()).toEqual([]);
  });

  it("offers no measures of another council's programmes", async () => {
    const { county, council, official } = await countyWithCouncil();
    const other = await createCouncilWithMembers(await getTestDb(), { memberCount: 0 });
    const fixture = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    const foreign = await createMeasure(await getTestDb(), { programmeId: (await createProgramme(await getTestDb(), { ownerId: other.council.id, focusAreaCount: 0 })).programme.id });
    const options = data<Array<{ id: string }>>(
      (await trpcQuery("agreements.measureOptions", { agreementId: fixture.agreementId }, { cookie: official.cookie })).body,
    );
    expect(options.map((option) => option.id)).not.toContain(foreign.id);
    const link = await trpcMutation("agreements.linkObligationToMeasure", { obligationId: (await obligationIn(fixture)).id, measureId: foreign.id }, { cookie: official.cookie });
    expect(link.body.error?.data).toMatchObject({ reason: "measure_not_of_a_party" });
  });
});
