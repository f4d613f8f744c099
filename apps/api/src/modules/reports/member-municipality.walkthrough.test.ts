import { describe, expect, it } from "vitest";
import { insertMembership, type UserRow } from "@samspill/db";
import {
  createMeasure, createMeasurePart, createOrganisation, createProgramme, createReportingPeriod, getTestDb, uniqueName,
} from "@samspill/db/testing";
import { assertCan } from "@samspill/domain";
import { buildActor } from "../../auth/actor-scope.js";
import { isoDay } from "../../trpc/context.js";
import { signedInUser, trpcMutation, trpcQuery, type TrpcBody } from "../../testing/harness.js";

// PRODUCT.md walkthrough "A member municipality": a contributor from Stange sees only their own
// tasks, submits their part's status report; editing another municipality's part is refused; the
// secretariat returns it with a comment, the contributor fixes and resubmits, the secretariat
// approves, and the report is locked.

const data = <T>(body: TrpcBody) => body.result?.data as T;
interface Report { id: string; version: number; workflowStatus: string; returnComment: string | null }

async function hamarregionen() {
  const db = await getTestDb();
  const innlandet = await createOrganisation(db, { kind: "county", name: uniqueName("Innlandet") });
  const council = await createOrganisation(db, { kind: "regional_council", countyId: innlandet.id, name: uniqueName("Hamarregionen") });
  const stange = await createOrganisation(db, { kind: "municipality", countyId: innlandet.id, name: uniqueName("Stange") });
  const hamar = await createOrganisation(db, { kind: "municipality", countyId: innlandet.id, name: uniqueName("Hamar") });
  for (const member of [stange, hamar]) await insertMembership(db, { councilId: council.id, municipalityId: member.id, validFrom: "2020-01-01" });
  const { programme } = await createProgramme(db, { ownerId: council.id, status: "adopted", title: "Handlingsprogram 2026–2027", periodStart: "2026-01-01", periodEnd: "2027-12-31" });
  const lade = await createMeasure(db, { programmeId: programme.id, title: "Regional ladestruktur", status: "in_progress", progress: 30 });
  const stangePart = await createMeasurePart(db, { measureId: lade.id, municipalityId: stange.id, status: "in_progress", progress: 30 });
  const hamarPart = await createMeasurePart(db, { measureId: lade.id, municipalityId: hamar.id, status: "in_progress", progress: 30 });
  const vertskap = await createMeasure(db, { programmeId: programme.id, scope: "local", ownerId: hamar.id, title: "Vertskapsprogram" });
  const period = await createReportingPeriod(db, {
    councilId: council.id, name: "T3 2026", periodStart: "2026-09-01", periodEnd: "2026-12-31", deadline: "2099-01-15",
  });
  return { council, stange, hamar, lade, stangePart, hamarPart, vertskap, period };
}

describe("walkthrough: a member municipality (Stange)", () => {
  it("reports its part, is refused on Hamar's, is returned with a comment, resubmits and is approved", async () => {
    const region = await hamarregionen();
    const { period, lade, stangePart, hamarPart } = region;
    const contributor = await signedInUser("municipality_contributor", region.stange.id);
    const secretariat = await signedInUser("secretariat", region.council.id);

    // Only Stange's own tasks: its part of the shared measure, not Hamar's part or local measure.
    const tasks = await trpcQuery("reports.overview", { periodId: period.id }, { cookie: contributor.cookie });
    expect(tasks.status, JSON.stringify(tasks.body.error?.data)).toBe(200);
    expect(data<{ items: Array<Record<string, unknown>> }>(tasks.body).items).toEqual([
      expect.objectContaining({ measureId: lade.id, partId: stangePart.id, organisationId: region.stange.id, state: "missing" }),
    ]);

    const draft = await trpcMutation("reports.saveDraft", {
      periodId: period.id, measureId: lade.id, partId: stangePart.id, measureStatus: "in_progress", progress: 45,
      narrative: "Ladeplan for kommunale bygg er under arbeid.", spending: { currency: "NOK", lines: [{ fundingSource: "municipal_own_contribution", amountMinor: 40_000_00 }] },
    }, { cookie: contributor.cookie });
    expect(draft.status, JSON.stringify(draft.body.error?.data)).toBe(200);
    const started = data<Report>(draft.body);
    const sent = await trpcMutation("reports.submit", { id: started.id, version: started.version }, { cookie: contributor.cookie });
    expect(data<Report>(sent.body)).toMatchObject({ workflowStatus: "submitted", late: false });

    // Hamar's part is not Stange's to edit: refused with the reason, visible but not theirs.
    const onHamar = await trpcMutation("reports.saveDraft", {
      periodId: period.id, measureId: lade.id, partId: hamarPart.id, measureStatus: "delayed", progress: 10, spending: { currency: "NOK", lines: [] },
    }, { cookie: contributor.cookie });
    expect(onHamar.status).toBe(403);
    expect(onHamar.body.error?.data).toMatchObject({ domainCode: "FORBIDDEN", reason: "not_own_municipality" });
    await expectPartEditRefused(contributor, hamarPart.id, region);

    // Hamar reports on its own part; Stange's list of reports still holds only its own.
    const hamarContributor = await signedInUser("municipality_contributor", region.hamar.id);
    const hamarDraft = await trpcMutation("reports.saveDraft", {
      periodId: period.id, measureId: lade.id, partId: hamarPart.id, measureStatus: "in_progress", progress: 70, spending: { currency: "NOK", lines: [] },
    }, { cookie: hamarContributor.cookie });
    expect(hamarDraft.status).toBe(200);
    const stangeList = await trpcQuery("reports.listForPeriod", { periodId: period.id }, { cookie: contributor.cookie });
    expect(data<{ items: Array<{ id: string }>; total: number }>(stangeList.body)).toMatchObject({ total: 1, items: [{ id: started.id }] });

    // The secretariat sends it back; Stange sees why.
    const submitted = data<Report>(sent.body);
    const returned = await trpcMutation("reports.return", {
      id: submitted.id, version: submitted.version, comment: "Oppgi antall nye ladepunkter i perioden.",
    }, { cookie: secretariat.cookie });
    expect(data<Report>(returned.body)).toMatchObject({ workflowStatus: "returned" });
    const seen = await trpcQuery("reports.get", { id: submitted.id }, { cookie: contributor.cookie });
    expect(data<Report>(seen.body).returnComment).toBe("Oppgi antall nye ladepunkter i perioden.");
    const comments = await trpcQuery("comments.list", { subjectType: "status_report", subjectId: submitted.id }, { cookie: contributor.cookie });
    expect(data<{ items: Array<{ body: string }> }>(comments.body).items.map((item) => item.body)).toEqual(["Oppgi antall nye ladepunkter i perioden."]);

    // Fixed and resubmitted.
    const current = data<Report>(seen.body);
    const fixed = await trpcMutation("reports.saveDraft", {
      id: current.id, version: current.version, narrative: "Seks nye ladepunkter ved Stange stasjon og i Tangen.", progress: 50,
    }, { cookie: contributor.cookie });
    expect(fixed.status, JSON.stringify(fixed.body.error?.data)).toBe(200);
    const resent = await trpcMutation("reports.submit", { id: current.id, version: data<Report>(fixed.body).version }, { cookie: contributor.cookie });
    expect(data<Report>(resent.body)).toMatchObject({ workflowStatus: "submitted" });

    // Approved: the part follows the report, and the report is locked.
    const approved = await trpcMutation("reports.approve", { id: current.id, version: data<Report>(resent.body).version }, { cookie: secretariat.cookie });
    const final = data<Report>(approved.body);
    expect(final).toMatchObject({ workflowStatus: "approved" });
    const part = await (await getTestDb()).selectFrom("measurePart").select(["status", "progress"]).where("id", "=", stangePart.id).executeTakeFirstOrThrow();
    expect(part).toEqual({ status: "in_progress", progress: 50 });
    const locked = await trpcMutation("reports.saveDraft", { id: final.id, version: final.version, progress: 90 }, { cookie: contributor.cookie });
    expect(locked.status).toBe(412);
    expect(locked.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "report_locked" });

    const overview = await trpcQuery("reports.overview", { periodId: period.id }, { cookie: secretariat.cookie });
    const states = data<{ items: Array<{ organisationId: string; state: string }> }>(overview.body).items;
    expect(states).toEqual(expect.arrayContaining([
      expect.objectContaining({ organisationId: region.stange.id, state: "approved" }),
      expect.objectContaining({ organisationId: region.hamar.id, partId: hamarPart.id, state: "draft" }),
      expect.objectContaining({ organisationId: region.hamar.id, measureId: region.vertskap.id, state: "missing" }),
    ]));
    expect(states).toHaveLength(3);
  });
});

/** Editing Hamar's part itself: refused by measures.updatePart, as the permission rules decide. */
async function expectPartEditRefused(
  contributor: { cookie: string; user: UserRow },
  hamarPartId: string,
  region: Awaited<ReturnType<typeof hamarregionen>>,
) {
  const refused = await trpcMutation("measures.updatePart", { id: hamarPartId, version: 1, progress: 99 }, { cookie: contributor.cookie });
  expect(refused.status).toBe(403);
  expect(refused.body.error?.data).toMatchObject({ domainCode: "FORBIDDEN", reason: "not_own_municipality" });
  // The actor exactly as the API builds it from Stange's session.
  const actor = await buildActor(await getTestDb(), contributor.user, isoDay(new Date()));
  const hamarPart = { kind: "measure_part" as const, councilId: region.council.id, municipalityId: region.hamar.id, countyId: region.council.countyId };
  expect(() => assertCan(actor, "edit_measure_part", hamarPart)).toThrow(
    expect.objectContaining({ code: "FORBIDDEN", reason: "not_own_municipality" }),
  );
  expect(() => assertCan(actor, "edit_measure_part", { ...hamarPart, municipalityId: region.stange.id })).not.toThrow();
}
