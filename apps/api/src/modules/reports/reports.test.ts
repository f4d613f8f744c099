import { describe, expect, it } from "vitest";
import { officialName } from "@samspill/domain";
import { createCouncilWithMembers, createMeasure, createProgramme, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery, type TrpcBody } from "../../testing/harness.js";
import { outputIndicator, partFixture, reportFixture } from "./report-fixtures.js";

// The report workflow's rules as seen through the API: lateness, comments on return, locking,
// versions, what approval does to the part, and who sees which reports in a period.

const data = <T>(body: TrpcBody) => body.result?.data as T;
interface Report { id: string; version: number; workflowStatus: string; late: boolean; returnComment: string | null }

async function councilWithPeople() {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 2 });
  const [municipality, neighbour] = world.municipalities;
  if (!municipality || !neighbour) throw new Error("need two members");
  const secretariat = await signedInUser("secretariat", world.council.id);
  const contributor = await signedInUser("municipality_contributor", municipality.id);
  return { ...world, municipality, neighbour, secretariat, contributor };
}

describe("reports.submit", () => {
  it("marks a submission after the deadline as late, and one before it as on time", async () => {
    const people = await councilWithPeople();
    const late = await reportFixture(people);
    const submitted = await trpcMutation("reports.submit", { id: late.reportId, version: late.reportVersion }, { cookie: people.contributor.cookie });
    expect(submitted.status, JSON.stringify(submitted.body.error?.data)).toBe(200);
    expect(data<Report>(submitted.body)).toMatchObject({ workflowStatus: "submitted", late: true, version: late.reportVersion + 1 });

    const { measure, part, period } = await partFixture(people, { deadline: "2099-01-31" });
    const draft = await trpcMutation("reports.saveDraft", {
      periodId: period.id, measureId: measure.id, partId: part.id, measureStatus: "in_progress", progress: 20, spending: { currency: "NOK", lines: [] },
    }, { cookie: people.contributor.cookie });
    const created = data<Report>(draft.body);
    const onTime = await trpcMutation("reports.submit", { id: created.id, version: created.version }, { cookie: people.contributor.cookie });
    expect(data<Report>(onTime.body)).toMatchObject({ workflowStatus: "submitted", late: false });
  });

  it("refuses a stale version with CONFLICT and the current version", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people);
    const saved = await trpcMutation("reports.saveDraft", { id: fixture.reportId, version: fixture.reportVersion, progress: 60 }, { cookie: people.contributor.cookie });
    expect(saved.status).toBe(200);
    const stale = await trpcMutation("reports.submit", { id: fixture.reportId, version: fixture.reportVersion }, { cookie: people.contributor.cookie });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.data.params).toMatchObject({ currentVersion: fixture.reportVersion + 1 });
  });
});

describe("reports.return", () => {
  it("needs a comment: without one it is a 400 naming the field", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const blank = await trpcMutation("reports.return", { id: fixture.reportId, version: fixture.reportVersion, comment: "   " }, { cookie: people.secretariat.cookie });
    expect(blank.status).toBe(400);
    expect(blank.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["comment"]);
    const missing = await trpcMutation("reports.return", { id: fixture.reportId, version: fixture.reportVersion }, { cookie: people.secretariat.cookie });
    expect(missing.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["comment"]);
  });

  it("keeps the comment on the report and as a comment row, and audits it", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const returned = await trpcMutation("reports.return", { id: fixture.reportId, version: fixture.reportVersion, comment: " Oppgi antall ladepunkter " }, { cookie: people.secretariat.cookie });
    expect(data<Report>(returned.body)).toMatchObject({ workflowStatus: "returned", returnComment: "Oppgi antall ladepunkter" });
    const db = await getTestDb();
    const comments = await db.selectFrom("comment").selectAll().where("subjectId", "=", fixture.reportId).execute();
    expect(comments).toMatchObject([{ subjectType: "status_report", body: "Oppgi antall ladepunkter", authorId: people.secretariat.user.id }]);
    const events = await db.selectFrom("auditEvent").select("action").where("subjectId", "=", fixture.reportId).execute();
    expect(events.map((event) => event.action)).toEqual(["status_report.returned"]);
  });
});

describe("reports.approve", () => {
  it("locks the report and moves the part (and the shared measure) to the reported status and progress", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const approved = await trpcMutation("reports.approve", { id: fixture.reportId, version: fixture.reportVersion }, { cookie: people.secretariat.cookie });
    expect(data<Report>(approved.body)).toMatchObject({ workflowStatus: "approved" });
    const db = await getTestDb();
    const part = await db.selectFrom("measurePart").selectAll().where("id", "=", fixture.partId).executeTakeFirstOrThrow();
    expect(part).toMatchObject({ status: "in_progress", progress: 50 });
    const measure = await db.selectFrom("measure").selectAll().where("id", "=", fixture.measureId).executeTakeFirstOrThrow();
    expect(measure).toMatchObject({ status: "in_progress", progress: 50 });

    const again = await trpcMutation("reports.approve", { id: fixture.reportId, version: fixture.reportVersion + 1 }, { cookie: people.secretariat.cookie });
    expect(again.status).toBe(412);
    expect(again.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "report_locked" });
    const edit = await trpcMutation("reports.saveDraft", { id: fixture.reportId, version: fixture.reportVersion + 1, progress: 80 }, { cookie: people.contributor.cookie });
    expect(edit.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "report_locked" });
  });

  it("is the secretariat's: a contributor may not approve their own report", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const refused = await trpcMutation("reports.approve", { id: fixture.reportId, version: fixture.reportVersion }, { cookie: people.contributor.cookie });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.data.reason).toBe("role_not_allowed");
  });
});

describe("reports.saveDraft", () => {
  it("stores indicator values of the measure's own output indicators and refuses others", async () => {
    const people = await councilWithPeople();
    const { measure, part, period } = await partFixture(people);
    const calls = await outputIndicator(measure.id);
    const base = { periodId: period.id, measureId: measure.id, partId: part.id, measureStatus: "in_progress", progress: 40, spending: { currency: "NOK", lines: [{ fundingSource: "municipal_own_contribution", amountMinor: 12_500_00 }] } };
    const saved = await trpcMutation("reports.saveDraft", { ...base, indicatorValues: [{ indicatorId: calls.id, value: 145 }] }, { cookie: people.contributor.cookie });
    expect(saved.status, JSON.stringify(saved.body.error?.data)).toBe(200);
    const report = data<Report & { indicatorValues: unknown[]; spent: unknown }>(saved.body);
    expect(report.indicatorValues).toEqual([{ indicatorId: calls.id, value: 145 }]);
    expect(report.spent).toEqual({ amountMinor: 12_500_00, currency: "NOK" });
    const got = await trpcQuery("reports.get", { id: report.id }, { cookie: people.secretariat.cookie });
    expect(data<{ indicatorValues: unknown[] }>(got.body).indicatorValues).toEqual([{ indicatorId: calls.id, value: 145 }]);
    // The reviewer reads whose report it is.
    expect(data<{ organisation: unknown }>(got.body).organisation).toEqual({
      id: people.municipality.id, name: people.municipality.name, officialName: officialName(people.municipality),
    });

    const other = await outputIndicator((await partFixture(people)).measure.id);
    const refused = await trpcMutation("reports.saveDraft", { id: report.id, version: report.version, indicatorValues: [{ indicatorId: other.id, value: 1 }] }, { cookie: people.contributor.cookie });
    expect(refused.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "indicator_not_of_measure" });
    const twice = await trpcMutation("reports.saveDraft", base, { cookie: people.contributor.cookie });
    expect(twice.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "report_exists", params: { id: report.id } });
  });

  it("keeps what was spent by funding source, its total the sum, and names a source given twice", async () => {
    const people = await councilWithPeople();
    const { measure, part, period } = await partFixture(people);
    const line = (fundingSource: string, amountMinor: number) => ({ fundingSource, amountMinor });
    const created = await trpcMutation("reports.saveDraft", {
      periodId: period.id, measureId: measure.id, partId: part.id, measureStatus: "in_progress", progress: 40,
      spending: { currency: "NOK", lines: [line("external", 65_000_00), line("county_partnership_funds", 30_000_00), line("council_funds", 0)] },
    }, { cookie: people.contributor.cookie });
    expect(created.status, JSON.stringify(created.body.error?.data)).toBe(200);
    type Saved = Report & { spent: unknown; spending: { currency: string; lines: unknown[] } };
    const report = data<Saved>(created.body);
    expect(report.spending).toEqual({
      currency: "NOK", lines: [line("county_partnership_funds", 30_000_00), line("external", 65_000_00)],
    });
    expect(report.spent).toEqual({ amountMinor: 95_000_00, currency: "NOK" });

    const updated = data<Saved>((await trpcMutation("reports.saveDraft", {
      id: report.id, version: report.version, spending: { currency: "NOK", lines: [line("municipal_own_contribution", 1_00)] },
    }, { cookie: people.contributor.cookie })).body);
    expect(updated.spent).toEqual({ amountMinor: 1_00, currency: "NOK" });
    const got = data<Saved>((await trpcQuery("reports.get", { id: report.id }, { cookie: people.secretariat.cookie })).body);
    expect(got.spending.lines).toEqual([line("municipal_own_contribution", 1_00)]);

    const twice = await trpcMutation("reports.saveDraft", {
      id: report.id, version: updated.version, spending: { currency: "NOK", lines: [line("external", 1), line("external", 2)] },
    }, { cookie: people.contributor.cookie });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body.error?.data)).toContain("spending.lines.1.fundingSource");
    expect(data<Saved>((await trpcQuery("reports.get", { id: report.id }, { cookie: people.secretariat.cookie })).body).spent)
      .toEqual({ amountMinor: 1_00, currency: "NOK" });
  });

  it("refuses a completed status without full progress, across saves too", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people);
    const refused = await trpcMutation("reports.saveDraft", { id: fixture.reportId, version: fixture.reportVersion, measureStatus: "completed" }, { cookie: people.contributor.cookie });
    expect(refused.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "completed_needs_full_progress" });
  });

  it("refuses a submitted report: it awaits review", async () => {
    const people = await councilWithPeople();
    const fixture = await reportFixture(people, "submitted");
    const refused = await trpcMutation("reports.saveDraft", { id: fixture.reportId, version: fixture.reportVersion, progress: 10 }, { cookie: people.contributor.cookie });
    expect(refused.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "report_awaiting_review" });
  });
});

describe("reports.listForPeriod and reports.overview", () => {
  it("shows a contributor only their municipality's reports and the secretariat all, filtered and paged", async () => {
    const people = await councilWithPeople();
    const own = await reportFixture(people, "submitted");
    const db = await getTestDb();
    const neighbourPart = await db.insertInto("measurePart").values({ measureId: own.measureId, municipalityId: people.neighbour.id }).returningAll().executeTakeFirstOrThrow();
    await db.insertInto("statusReport").values({
      periodId: own.periodId, measureId: own.measureId, partId: neighbourPart.id, organisationId: people.neighbour.id,
      measureStatus: "planned", progress: 0, currency: "NOK",
    }).execute();

    const asContributor = await trpcQuery("reports.listForPeriod", { periodId: own.periodId }, { cookie: people.contributor.cookie });
    expect(data<{ items: Report[]; total: number }>(asContributor.body)).toMatchObject({ total: 1, items: [{ id: own.reportId }] });
    const asSecretariat = await trpcQuery("reports.listForPeriod", { periodId: own.periodId, limit: 1 }, { cookie: people.secretariat.cookie });
    expect(data<{ items: Report[]; total: number }>(asSecretariat.body)).toMatchObject({ total: 2 });
    expect(data<{ items: Report[] }>(asSecretariat.body).items).toHaveLength(1);
    const drafts = await trpcQuery("reports.listForPeriod", { periodId: own.periodId, status: ["draft"] }, { cookie: people.secretariat.cookie });
    expect(data<{ items: Array<{ organisationName: string }> }>(drafts.body).items).toMatchObject([{ organisationName: people.neighbour.name }]);

    // A programme of another period is not expected to report in this one.
    const later = await createProgramme(db, { ownerId: people.council.id, status: "adopted", periodStart: "2030-01-01", periodEnd: "2031-12-31" });
    await createMeasure(db, { programmeId: later.programme.id });
    const overview = await trpcQuery("reports.overview", { periodId: own.periodId }, { cookie: people.secretariat.cookie });
    const view = data<{ counts: Record<string, number>; items: Array<{ organisationId: string; state: string; overdue: boolean }> }>(overview.body);
    expect(view.counts).toMatchObject({ total: 2, submitted: 1, draft: 1, overdue: 1 });
    expect(view.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ organisationId: people.municipality.id, state: "submitted", overdue: false }),
      expect.objectContaining({ organisationId: people.neighbour.id, state: "draft", overdue: true }),
    ]));
  });
});

describe("reporting periods", () => {
  it("are created and updated by the secretariat with the deadline never before the start", async () => {
    const people = await councilWithPeople();
    const input = { councilId: people.council.id, name: "T1 2025", periodStart: "2025-01-01", periodEnd: "2025-04-30", deadline: "2025-05-15" };
    const created = await trpcMutation("reports.createPeriod", input, { cookie: people.secretariat.cookie });
    const period = data<{ id: string; version: number }>(created.body);
    expect(period.version).toBe(1);
    const backwards = await trpcMutation("reports.createPeriod", { ...input, name: "T2", deadline: "2024-12-31" }, { cookie: people.secretariat.cookie });
    expect(backwards.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["deadline"]);
    const merged = await trpcMutation("reports.updatePeriod", { id: period.id, version: 1, deadline: "2024-06-01" }, { cookie: people.secretariat.cookie });
    expect(merged.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", params: { field: "deadline" } });
    const moved = await trpcMutation("reports.updatePeriod", { id: period.id, version: 1, deadline: "2025-05-31" }, { cookie: people.secretariat.cookie });
    expect(data<{ deadline: string; version: number }>(moved.body)).toMatchObject({ deadline: "2025-05-31", version: 2 });
    const listed = await trpcQuery("reports.listPeriods", { councilId: people.council.id }, { cookie: people.contributor.cookie });
    expect(data<{ items: Array<{ id: string }> }>(listed.body).items.map((item) => item.id)).toEqual([period.id]);
  });
});
