import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, createMeasure, createMeasurePart, createOrganisation, createProgramme, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";

interface AuditPage {
  total: number;
  items: Array<{ action: string; actor: { id: string; name: string } | null; before: unknown; after: unknown; subjectId: string }>;
}

async function council() {
  const db = await getTestDb();
  const { council: owner, county, municipalities } = await createCouncilWithMembers(db, { memberCount: 1 });
  const [member] = municipalities;
  if (!member) throw new Error("factory made no member");
  const { programme } = await createProgramme(db, { ownerId: owner.id, focusAreaCount: 0 });
  const measure = await createMeasure(db, { programmeId: programme.id, ownerId: owner.id, scope: "shared" });
  const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: member.id });
  const secretariat = await signedInUser("secretariat", owner.id);
  return { db, owner, county, member, part, secretariat };
}

describe("audit.listForSubject", () => {
  it("shows a comment's history newest first, with who did it and before/after", async () => {
    const { part, secretariat } = await council();
    const added = await trpcMutation("comments.add", { subjectType: "measure_part", subjectId: part.id, body: "Første." }, { cookie: secretariat.cookie });
    const comment = added.body.result?.data as { id: string };
    await trpcMutation("comments.edit", { id: comment.id, version: 1, body: "Andre." }, { cookie: secretariat.cookie });

    const { status, body } = await trpcQuery("audit.listForSubject", { subjectType: "comment", subjectId: comment.id }, { cookie: secretariat.cookie });
    expect(status).toBe(200);
    const page = body.result?.data as AuditPage;
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.action)).toEqual(["comment.updated", "comment.created"]);
    expect(page.items[0]).toMatchObject({
      actor: { id: secretariat.user.id, name: secretariat.user.name },
      before: expect.objectContaining({ body: "Første.", version: 1 }),
      after: expect.objectContaining({ body: "Andre.", version: 2 }),
    });

    const paged = await trpcQuery("audit.listForSubject", { subjectType: "comment", subjectId: comment.id, limit: 1, offset: 1 }, { cookie: secretariat.cookie });
    expect((paged.body.result?.data as AuditPage).items.map((item) => item.action)).toEqual(["comment.created"]);
  });

  it("lets the part's municipality read its part's log, but not a council member or another council's secretariat", async () => {
    const { db, part, member, owner } = await council();
    const contributor = await signedInUser("municipality_contributor", member.id);
    const subject = { subjectType: "measure_part", subjectId: part.id };
    expect((await trpcQuery("audit.listForSubject", subject, { cookie: contributor.cookie })).status).toBe(200);
    const councilMember = await signedInUser("council_member", owner.id);
    expect((await trpcQuery("audit.listForSubject", subject, { cookie: councilMember.cookie })).status).toBe(404);
    const otherSecretariat = await signedInUser("secretariat", (await createOrganisation(db, { kind: "regional_council" })).id);
    expect((await trpcQuery("audit.listForSubject", subject, { cookie: otherSecretariat.cookie })).status).toBe(404);
    expect((await trpcQuery("audit.listForSubject", subject)).status).toBe(404);
  });
});

describe("audit.listForOrganisation", () => {
  it("shows a council's log to its county's official after an admin adds a member, hiding it from another county", async () => {
    const { db, owner, county } = await council();
    const admin = await signedInUser("admin", (await createOrganisation(db, { kind: "partner" })).id);
    const newcomer = await createOrganisation(db, { kind: "municipality", countyId: county.id });
    const added = await trpcMutation(
      "organisations.addMembership",
      { councilId: owner.id, municipalityId: newcomer.id, validFrom: "2025-01-01" },
      { cookie: admin.cookie },
    );
    expect(added.status).toBe(200);

    const official = await signedInUser("county_official", county.id);
    const { status, body } = await trpcQuery("audit.listForOrganisation", { organisationId: owner.id }, { cookie: official.cookie });
    expect(status).toBe(200);
    expect((body.result?.data as AuditPage).items[0]).toMatchObject({
      action: "membership.created",
      after: expect.objectContaining({ municipalityId: newcomer.id, validFrom: "2025-01-01" }),
    });

    const elsewhere = await signedInUser("county_official", (await createOrganisation(db, { kind: "county" })).id);
    expect((await trpcQuery("audit.listForOrganisation", { organisationId: owner.id }, { cookie: elsewhere.cookie })).status).toBe(404);
    // The admin manages organisations but reads no audit log (DOMAIN.md's table).
    expect((await trpcQuery("audit.listForOrganisation", { organisationId: owner.id }, { cookie: admin.cookie })).status).toBe(404);
  });

  it("shows a municipality that keeps its own programme its log, to its own secretariat only", async () => {
    const db = await getTestDb();
    const county = await createOrganisation(db, { kind: "county", country: "SE" });
    const municipality = await createOrganisation(db, { kind: "municipality", country: "SE", countyId: county.id });
    await createProgramme(db, { ownerId: municipality.id, focusAreaCount: 0 });
    const own = await signedInUser("secretariat", municipality.id);
    const { status, body } = await trpcQuery("audit.listForOrganisation", { organisationId: municipality.id }, { cookie: own.cookie });
    expect(status).toBe(200);
    expect(body.result?.data).toMatchObject({ total: expect.any(Number) });

    const otherCouncil = await signedInUser("secretariat", (await createOrganisation(db, { kind: "regional_council", countyId: county.id })).id);
    expect((await trpcQuery("audit.listForOrganisation", { organisationId: municipality.id }, { cookie: otherCouncil.cookie })).status).toBe(404);
  });
});
