import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";

interface MembershipOut {
  id: string;
  validFrom: string;
  validTo: string | null;
  version: number;
}
interface MembershipPage {
  total: number;
  items: Array<MembershipOut & { municipality: { id: string; name: string } }>;
}

async function setting() {
  const db = await getTestDb();
  const partner = await createOrganisation(db, { kind: "partner" });
  const admin = await signedInUser("admin", partner.id);
  const council = await createOrganisation(db, { kind: "regional_council" });
  const municipality = await createOrganisation(db, { kind: "municipality" });
  return { cookie: admin.cookie, council, municipality };
}

describe("memberships", () => {
  it("adds a dated membership, refuses an overlapping one, and allows a later one", async () => {
    const { cookie, council, municipality } = await setting();
    const pair = { councilId: council.id, municipalityId: municipality.id };
    const first = await trpcMutation("organisations.addMembership", { ...pair, validFrom: "2020-01-01", validTo: "2023-12-31" }, { cookie });
    expect(first.status).toBe(200);
    expect(first.body.result?.data).toMatchObject({ validFrom: "2020-01-01", validTo: "2023-12-31", version: 1 });

    const overlapping = await trpcMutation("organisations.addMembership", { ...pair, validFrom: "2023-06-01" }, { cookie });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "membership_overlap" });

    const rejoined = await trpcMutation("organisations.addMembership", { ...pair, validFrom: "2024-01-01" }, { cookie });
    expect(rejoined.status).toBe(200);
  });

  it("needs a regional council and a municipality", async () => {
    const { cookie, council, municipality } = await setting();
    const swapped = await trpcMutation(
      "organisations.addMembership",
      { councilId: municipality.id, municipalityId: council.id, validFrom: "2024-01-01" },
      { cookie },
    );
    expect(swapped.status).toBe(400);
    expect(swapped.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "not_a_regional_council" });
    const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
    const notMunicipality = await trpcMutation(
      "organisations.addMembership",
      { councilId: council.id, municipalityId: partner.id, validFrom: "2024-01-01" },
      { cookie },
    );
    expect(notMunicipality.body.error?.data.reason).toBe("not_a_municipality");
  });

  it("ends a membership at the version read: the member is gone after its last day, but stays in the history", async () => {
    const { cookie, council, municipality } = await setting();
    const added = await trpcMutation(
      "organisations.addMembership",
      { councilId: council.id, municipalityId: municipality.id, validFrom: "2020-01-01" },
      { cookie },
    );
    const membership = added.body.result?.data as MembershipOut;

    const ended = await trpcMutation("organisations.endMembership", { id: membership.id, version: 1, validTo: "2024-12-31" }, { cookie });
    expect(ended.status).toBe(200);
    expect(ended.body.result?.data).toMatchObject({ validTo: "2024-12-31", version: 2 });
    const stale = await trpcMutation("organisations.endMembership", { id: membership.id, version: 1, validTo: "2025-12-31" }, { cookie });
    expect(stale.status).toBe(409);
    const beforeStart = await trpcMutation("organisations.endMembership", { id: membership.id, version: 2, validTo: "2019-12-31" }, { cookie });
    expect(beforeStart.body.error?.data.reason).toBe("range_not_ordered");

    const onLastDay = await trpcQuery("organisations.listMemberships", { councilId: council.id, on: "2024-12-31" });
    expect((onLastDay.body.result?.data as MembershipPage).items.map((item) => item.municipality.id)).toEqual([municipality.id]);
    const afterwards = await trpcQuery("organisations.listMemberships", { councilId: council.id, on: "2025-01-01" });
    expect((afterwards.body.result?.data as MembershipPage).total).toBe(0);
    const history = await trpcQuery("organisations.listMemberships", { councilId: council.id, history: true });
    expect((history.body.result?.data as MembershipPage).items).toEqual([
      expect.objectContaining({ id: membership.id, validTo: "2024-12-31", municipality: expect.objectContaining({ name: municipality.name }) }),
    ]);
  });

  it("lists an unknown council as NOT_FOUND", async () => {
    const { status } = await trpcQuery("organisations.listMemberships", { councilId: "5b0e4c1e-8a0f-4c59-9b7e-2f0d7c3a1e11" });
    expect(status).toBe(404);
  });
});
