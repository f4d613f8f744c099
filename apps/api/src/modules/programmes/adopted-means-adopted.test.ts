import { describe, expect, it } from "vitest";
import { insertFocusArea, insertGoal, updateWithVersion, type ProgrammeRow } from "@samspill/db";
import { getTestDb } from "@samspill/db/testing";
import type { ProgrammeStatus } from "@samspill/domain";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { budgetLineOf, councilProgramme, hamarregionen, outputIndicator, partOf, sharedMeasure } from "../measures/measure-fixtures.js";
import { adoptDirectly } from "./programme-fixtures.js";

// "Adopted means adopted" through the API: every procedure that changes a programme or what
// hangs on it, called by the secretariat on a draft, an adopted and a superseded programme.
// Structure changes only in a draft; follow-up goes on in an adopted programme; a superseded
// version is history. The domain's table (change-rules.test.ts) says the same per change.

type Outcome = "ok" | "revise" | "history";
const REASON: Record<Exclude<Outcome, "ok">, string> = { revise: "programme_adopted_use_revision", history: "programme_superseded" };

interface World {
  programme: ProgrammeRow;
  councilId: string;
  stangeId: string;
  hamarId: string;
  measure: { id: string; version: number };
  part: { id: string; version: number };
  lineId: string;
  lineVersion: number;
  indicatorId: string;
  focusArea: { id: string; version: number };
  goal: { id: string; version: number };
}

async function programmeIn(status: ProgrammeStatus): Promise<World & { cookie: string }> {
  const region = await hamarregionen();
  const { cookie } = await signedInUser("secretariat", region.council.id);
  const db = await getTestDb();
  const { programme: draft } = await councilProgramme(region.council.id);
  const measure = await sharedMeasure(draft, { title: "Regional ladestruktur" });
  const part = await partOf(measure, region.stange.id);
  const line = await budgetLineOf(measure);
  const indicator = await outputIndicator(measure);
  const focusArea = await insertFocusArea(db, { programmeId: draft.id, title: "Samferdsel", position: 5 });
  const goal = await insertGoal(db, { programmeId: draft.id, title: "Ladepunkter i alle kommuner" });
  let programme = draft;
  if (status !== "draft") programme = await adoptDirectly(draft);
  if (status === "superseded") programme = await updateWithVersion(db, "programme", programme.id, programme.version, { status: "superseded" });
  return {
    cookie, programme, councilId: region.council.id, stangeId: region.stange.id, hamarId: region.hamar.id,
    measure, part, lineId: line.id, lineVersion: line.version, indicatorId: indicator.id, focusArea, goal,
  };
}

const CALLS: Array<[name: string, path: string, input: (w: World) => unknown, expected: Record<ProgrammeStatus, Outcome>]> = [
  ["programme title", "programmes.update", (w) => ({ id: w.programme.id, version: w.programme.version, title: "Ny tittel" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["programme period", "programmes.update", (w) => ({ id: w.programme.id, version: w.programme.version, periodEnd: "2026-12-31" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["add focus area", "programmes.addFocusArea", (w) => ({ programmeId: w.programme.id, title: "Klima" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["edit focus area", "programmes.updateFocusArea", (w) => ({ id: w.focusArea.id, version: w.focusArea.version, title: "Samferdsel og lading" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["add goal", "programmes.addGoal", (w) => ({ programmeId: w.programme.id, title: "Nytt mål" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["edit goal", "programmes.updateGoal", (w) => ({ id: w.goal.id, version: w.goal.version, title: "Endret mål" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["add measure", "measures.create", (w) => ({ programmeId: w.programme.id, scope: "shared", ownerId: w.councilId, title: "Nytt tiltak" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["measure title", "measures.update", (w) => ({ id: w.measure.id, version: w.measure.version, title: "Ladestruktur" }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["measure focus area", "measures.update", (w) => ({ id: w.measure.id, version: w.measure.version, focusAreaId: w.focusArea.id }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["measure goals", "measures.setGoals", (w) => ({ id: w.measure.id, version: w.measure.version, goalIds: [w.goal.id] }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["delete measure", "measures.delete", (w) => ({ id: w.measure.id, version: w.measure.version }),
    { draft: "ok", adopted: "revise", superseded: "history" }],
  ["measure status and progress", "measures.update", (w) => ({ id: w.measure.id, version: w.measure.version, status: "in_progress", progress: 30 }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["measure status with its unchanged title", "measures.update",
    (w) => ({ id: w.measure.id, version: w.measure.version, title: "Regional ladestruktur", status: "in_progress" }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["measure SDG tags", "measures.setSdgGoals", (w) => ({ id: w.measure.id, version: w.measure.version, sdgGoals: [7] }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["add part", "measures.addPart", (w) => ({ measureId: w.measure.id, municipalityId: w.hamarId }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["parts for members", "measures.addParts", (w) => ({ measures: [{ id: w.measure.id, version: w.measure.version }], municipalityIds: [w.hamarId] }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["part progress", "measures.updatePart", (w) => ({ id: w.part.id, version: w.part.version, status: "in_progress", progress: 40 }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["budget line", "measures.updateBudgetLine", (w) => ({ id: w.lineId, version: w.lineVersion, year: 2026 }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["budget grid", "measures.saveBudgetGrid",
    (w) => ({ cells: [{ measureId: w.measure.id, partId: null, fundingSource: "council_funds", year: 2025, amount: { amountMinor: 1, currency: "NOK" }, line: { id: w.lineId, version: w.lineVersion } }] }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["indicator value", "indicators.recordValue", (w) => ({ indicatorId: w.indicatorId, measuredOn: "2025-06-30", value: 12 }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
  ["follow-up role", "programmes.setRole", (w) => ({ programmeId: w.programme.id, organisationId: w.stangeId, role: "contributor" }),
    { draft: "ok", adopted: "ok", superseded: "history" }],
];

const CASES = CALLS.flatMap(([name, path, input, expected]) =>
  (["draft", "adopted", "superseded"] as const).map((status) => [name, status, path, input, expected[status]] as const),
);

describe("adopted means adopted, procedure by procedure", () => {
  it.each(CASES)("%s on a %s programme (%s) → %s", async (_name, status, path, input, outcome) => {
    const world = await programmeIn(status);
    const { status: http, body } = await trpcMutation(path, input(world), { cookie: world.cookie });
    if (outcome === "ok") {
      expect(http, JSON.stringify(body.error?.data)).toBe(200);
      return;
    }
    expect(http).toBe(412);
    expect(body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: REASON[outcome] });
  });
});
