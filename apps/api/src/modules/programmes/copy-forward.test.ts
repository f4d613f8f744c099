import { describe, expect, it } from "vitest";
import { insertBudgetLine, insertFocusArea, insertGoal, insertIndicator, insertProgrammeRole, upsertIndicatorValue } from "@samspill/db";
import { createCouncilWithMembers, createMeasure, createMeasurePart, createProgramme, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { adoptDirectly, ok, strategyOf } from "./programme-fixtures.js";

// Copy forward: the next period's programme from the current one, a new draft of the same
// council and strategy with the structure, the unfinished measures and the follow-up roles.

const next = { title: "Handlingsprogram 2024–2025", periodStart: "2024-01-01", periodEnd: "2025-12-31" };

/** Handlingsprogram 2022–2023 in miniature: a heading, a sub-theme, goals, finished and unfinished measures. */
async function currentProgramme() {
  const db = await getTestDb();
  const { council, county, municipalities } = await createCouncilWithMembers(db, { memberCount: 2 });
  const [stange, hamar] = municipalities as [(typeof municipalities)[0], (typeof municipalities)[0]];
  const strategy = await strategyOf(council.id);
  const { programme } = await createProgramme(db, {
    ownerId: council.id, strategyId: strategy.id, title: "Handlingsprogram 2022–2023", periodStart: "2022-01-01", periodEnd: "2023-12-31", focusAreaCount: 0,
  });
  const befolkning = await insertFocusArea(db, { programmeId: programme.id, title: "Befolkningsvekst", heading: "Attraktivitet", position: 0 });
  const samferdsel = await insertFocusArea(db, { programmeId: programme.id, parentId: befolkning.id, title: "Samferdsel", position: 0 });
  const kompetanse = await insertFocusArea(db, { programmeId: programme.id, title: "Kompetanse", position: 1 });
  const ladenett = await insertGoal(db, { programmeId: programme.id, focusAreaId: samferdsel.id, title: "Utbygd ladenett", position: 0 });
  await insertGoal(db, { programmeId: programme.id, focusAreaId: kompetanse.id, title: "Sterke nettverk", position: 1 });
  const outcome = await insertIndicator(db, { kind: "outcome", goalId: ladenett.id, name: "Ladepunkter", unit: "punkter" });
  await upsertIndicatorValue(db, { indicatorId: outcome.id, measuredOn: "2023-06-30", value: 40, municipalityId: null });
  const measure = (title: string, status: "in_progress" | "planned" | "completed" | "cancelled", focusAreaId: string, position: number) =>
    createMeasure(db, { programmeId: programme.id, scope: "shared", ownerId: council.id, title, status, focusAreaId, position });
  const lading = await measure("Regional ladestruktur", "in_progress", samferdsel.id, 0);
  await measure("Mjøsby-samarbeid", "planned", befolkning.id, 1);
  await measure("Møter med LO og NHO", "completed", kompetanse.id, 2);
  await measure("Utenforskap", "cancelled", kompetanse.id, 3);
  const stangePart = await createMeasurePart(db, { measureId: lading.id, municipalityId: stange.id });
  await createMeasurePart(db, { measureId: lading.id, municipalityId: hamar.id });
  for (const year of [2023, 2024, 2025, 2026]) {
    await insertBudgetLine(db, { measureId: lading.id, partId: stangePart.id, year, amountMinor: year * 100, currency: "NOK", fundingSource: "council_funds" });
  }
  await insertProgrammeRole(db, { programmeId: programme.id, organisationId: stange.id, role: "contributor", responsibility: "Ladepunkter", position: 0 });
  const adopted = await adoptDirectly(programme);
  const { cookie } = await signedInUser("secretariat", council.id);
  return { council, county, stange, strategy, programme: adopted, cookie };
}

type Copied = { id: string; status: string; revision: number; predecessorId: string | null; copied: Record<string, number> };

async function contentsOf(programmeId: string) {
  const db = await getTestDb();
  const areas = await db.selectFrom("focusArea").selectAll().where("programmeId", "=", programmeId).orderBy("position").execute();
  const goals = await db.selectFrom("goal").selectAll().where("programmeId", "=", programmeId).orderBy("position").execute();
  const measures = await db.selectFrom("measure").selectAll().where("programmeId", "=", programmeId).orderBy("position").execute();
  const measureIds = measures.map((measure) => measure.id);
  const parts = measureIds.length === 0 ? [] : await db.selectFrom("measurePart").selectAll().where("measureId", "in", measureIds).execute();
  const lines = measureIds.length === 0 ? [] : await db.selectFrom("budgetLine").selectAll().where("measureId", "in", measureIds).orderBy("year").execute();
  const roles = await db.selectFrom("programmeRole").selectAll().where("programmeId", "=", programmeId).execute();
  const goalIds = goals.map((goal) => goal.id);
  const indicators = goalIds.length === 0 ? [] : await db.selectFrom("indicator").selectAll().where("goalId", "in", goalIds).execute();
  const values = indicators.length === 0 ? [] : await db.selectFrom("indicatorValue").selectAll().where("indicatorId", "in", indicators.map((i) => i.id)).execute();
  return { areas, goals, measures, parts, lines, roles, indicators, values };
}

describe("copying a programme forward to the next period", () => {
  it("starts a new draft with the structure, the unfinished measures and their parts, budget for the new years and the roles", async () => {
    const { council, strategy, programme, cookie } = await currentProgramme();
    const copy = await ok<Copied>("mutation", "programmes.copyForward", { programmeId: programme.id, version: programme.version, ...next }, cookie);
    expect(copy).toMatchObject({ status: "draft", revision: 1, predecessorId: null, copied: { focusAreas: 2, subThemes: 1, goals: 2, measures: 2 } });
    const row = await (await getTestDb()).selectFrom("programme").selectAll().where("id", "=", copy.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ownerId: council.id, strategyId: strategy.id, ...next, published: false });

    const { areas, goals, measures, parts, lines, roles, indicators, values } = await contentsOf(copy.id);
    const top = areas.filter((area) => area.parentId === null);
    expect(top.map((area) => [area.title, area.heading])).toEqual([["Befolkningsvekst", "Attraktivitet"], ["Kompetanse", null]]);
    const sub = areas.find((area) => area.title === "Samferdsel");
    expect(sub?.parentId).toBe(top[0]?.id);
    expect(goals.map((goal) => goal.title)).toEqual(["Utbygd ladenett", "Sterke nettverk"]);
    expect(goals[0]?.focusAreaId).toBe(sub?.id);
    expect(measures.map((measure) => [measure.title, measure.status])).toEqual([["Regional ladestruktur", "in_progress"], ["Mjøsby-samarbeid", "planned"]]);
    expect(parts).toHaveLength(2);
    expect(lines.map((line) => line.year)).toEqual([2024, 2025]);
    expect(parts.map((part) => part.id)).toContain(lines[0]?.partId);
    expect(roles.map((role) => [role.role, role.responsibility])).toEqual([["contributor", "Ladepunkter"]]);
    // The indicator's definition comes along; the old period's measurement stays with the old programme.
    expect(indicators.map((indicator) => indicator.name)).toEqual(["Ladepunkter"]);
    expect(values).toEqual([]);
    expect([...areas, ...goals, ...measures].every((item) => item.predecessorId === null)).toBe(true);

    const source = await contentsOf(programme.id);
    expect(source.measures).toHaveLength(4);
    expect(source.lines).toHaveLength(4);
    expect(source.values).toHaveLength(1);
    const audit = await (await getTestDb()).selectFrom("auditEvent").selectAll().where("subjectId", "=", copy.id).execute();
    expect(audit.map((entry) => entry.action)).toEqual(["programme.copied_forward"]);
  });

  it("refuses another council's secretariat and the members' contributors, and writes nothing", async () => {
    const { programme, stange } = await currentProgramme();
    const other = await createCouncilWithMembers(await getTestDb(), { memberCount: 0 });
    const { cookie: stranger } = await signedInUser("secretariat", other.council.id);
    const { cookie: contributor } = await signedInUser("municipality_contributor", stange.id);
    const input = { programmeId: programme.id, version: programme.version, ...next };
    expect((await trpcMutation("programmes.copyForward", input, { cookie: stranger })).status).toBe(404);
    const refused = await trpcMutation("programmes.copyForward", input, { cookie: contributor });
    expect(refused.status).toBe(403);
    const count = await (await getTestDb()).selectFrom("programme").select((eb) => eb.fn.countAll<number>().as("n")).where("ownerId", "=", programme.ownerId).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it("refuses a source that changed since it was read", async () => {
    const { programme, cookie } = await currentProgramme();
    const stale = await trpcMutation("programmes.copyForward", { programmeId: programme.id, version: programme.version - 1, ...next }, { cookie });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "version_mismatch" });
  });

  it("names the field of a bad period and writes nothing", async () => {
    const { programme, cookie } = await currentProgramme();
    const base = { programmeId: programme.id, version: programme.version, ...next };
    const backwards = await trpcMutation("programmes.copyForward", { ...base, periodEnd: "2023-12-31" }, { cookie });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error?.data.issues).toEqual([expect.objectContaining({ path: "periodEnd" })]);
    const overlapping = await trpcMutation("programmes.copyForward", { ...base, periodStart: "2023-06-01" }, { cookie });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error?.data).toMatchObject({ reason: "period_not_after_source", issues: [expect.objectContaining({ path: "periodStart" })] });
    const untitled = await trpcMutation("programmes.copyForward", { ...base, title: " " }, { cookie });
    expect(untitled.body.error?.data.issues).toEqual([expect.objectContaining({ path: "title" })]);
    const programmes = await (await getTestDb()).selectFrom("programme").select("id").where("ownerId", "=", programme.ownerId).execute();
    expect(programmes).toHaveLength(1);
  });
});
