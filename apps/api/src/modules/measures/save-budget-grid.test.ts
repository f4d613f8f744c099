import { describe, expect, it } from "vitest";
import { insertBudgetLine } from "@samspill/db";
import { getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";
import { councilProgramme, hamarregionen, partOf, sharedMeasure } from "./measure-fixtures.js";

async function programmeWithTwoMeasures() {
  const region = await hamarregionen();
  const { programme } = await councilProgramme(region.council.id);
  const charging = await sharedMeasure(programme, { title: "Regional ladestruktur", position: 1 });
  const tourism = await sharedMeasure(programme, { title: "Reiseliv", position: 2 });
  const stangePart = await partOf(charging, region.stange.id);
  const secretariat = (await signedInUser("secretariat", region.council.id)).cookie;
  const line = async (measureId: string, year: number, amountMinor: number) =>
    insertBudgetLine(await getTestDb(), { measureId, year, amountMinor, currency: "NOK", fundingSource: "council_funds" });
  return { region, programme, charging, tourism, stangePart, secretariat, line };
}

const nok = (amountMinor: number) => ({ amountMinor, currency: "NOK" });
const cell = (measureId: string, year: number, amountMinor: number | null, line: { id: string; version: number } | null = null, partId: string | null = null) => ({
  measureId, partId, fundingSource: "council_funds", year, amount: amountMinor === null ? null : nok(amountMinor), line,
});

async function linesOf(...measureIds: string[]) {
  const db = await getTestDb();
  return db.selectFrom("budgetLine").select(["measureId", "partId", "year", "amountMinor", "version"]).where("measureId", "in", measureIds)
    .orderBy("measureId").orderBy("year").execute();
}

describe("saving a budget grid", () => {
  it("adds, updates and removes the cells' lines in one save across measures, and logs each", async () => {
    const { charging, tourism, stangePart, secretariat, line } = await programmeWithTwoMeasures();
    const kept = await line(charging.id, 2025, 100_00);
    const gone = await line(charging.id, 2026, 50_00);
    const answer = await ok<{ saved: number }>("mutation", "measures.saveBudgetGrid", {
      cells: [
        cell(charging.id, 2025, 120_00, { id: kept.id, version: kept.version }),
        cell(charging.id, 2026, null, { id: gone.id, version: gone.version }),
        cell(tourism.id, 2025, 30_00),
        cell(charging.id, 2025, 7_00, null, stangePart.id),
      ],
    }, secretariat);
    expect(answer.saved).toBe(4);
    const lines = await linesOf(charging.id, tourism.id);
    const byMeasure = (id: string) => lines.filter((row) => row.measureId === id).map((row) => [row.partId, row.year, Number(row.amountMinor)]);
    expect(byMeasure(charging.id).sort()).toEqual([[null, 2025, 120_00], [stangePart.id, 2025, 7_00]].sort());
    expect(byMeasure(tourism.id)).toEqual([[null, 2025, 30_00]]);
    const db = await getTestDb();
    const events = await db.selectFrom("auditEvent").select("action").where("subjectId", "in", [kept.id, gone.id]).orderBy("action").execute();
    expect(events.map((event) => event.action)).toEqual(["budget_line.removed", "budget_line.updated"]);
  });

  it("refuses a bad cell naming it, and writes none of the others", async () => {
    const { charging, tourism, secretariat } = await programmeWithTwoMeasures();
    const { status, body } = await trpcMutation("measures.saveBudgetGrid", {
      cells: [cell(charging.id, 2025, 10_00), cell(tourism.id, 2025, -5)],
    }, { cookie: secretariat });
    expect(status).toBe(400);
    expect(body.error?.data.issues?.map((issue) => issue.path)).toEqual(["cells.1.amount.amountMinor"]);
    expect(await linesOf(charging.id, tourism.id)).toHaveLength(0);
  });

  it("refuses a cell whose line someone changed or filled meanwhile, naming the cell, and writes nothing", async () => {
    const { charging, tourism, secretariat, line } = await programmeWithTwoMeasures();
    const stale = await line(charging.id, 2025, 100_00);
    const changed = await trpcMutation("measures.saveBudgetGrid", {
      cells: [cell(tourism.id, 2025, 10_00), cell(charging.id, 2025, 1_00, { id: stale.id, version: stale.version + 1 })],
    }, { cookie: secretariat });
    expect(changed.status).toBe(409);
    expect(changed.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "version_mismatch", params: { field: "cells.1", currentVersion: stale.version } });

    // Someone filled the cell after this grid was read it as empty: theirs is kept, not doubled.
    const filled = await trpcMutation("measures.saveBudgetGrid", { cells: [cell(tourism.id, 2025, 10_00), cell(charging.id, 2025, 5_00)] }, { cookie: secretariat });
    expect(filled.status).toBe(409);
    expect(filled.body.error?.data.params).toMatchObject({ field: "cells.1" });
    expect((await linesOf(charging.id, tourism.id)).map((row) => Number(row.amountMinor))).toEqual([100_00]);
  });

  it("refuses a line that is not the cell's, naming its line", async () => {
    const { charging, secretariat, line } = await programmeWithTwoMeasures();
    const other = await line(charging.id, 2025, 100_00);
    const { status, body } = await trpcMutation("measures.saveBudgetGrid", {
      cells: [cell(charging.id, 2027, 1_00, { id: other.id, version: other.version })],
    }, { cookie: secretariat });
    expect(status).toBe(400);
    expect(body.error?.data.issues?.[0]).toMatchObject({ path: "cells.0.line", params: { reason: "budget_line_not_in_cell" } });
    expect((await linesOf(charging.id)).map((row) => row.year)).toEqual([2025]);
  });

  it("lets a contributor budget their own part, and refuses the measure's own cells and writes nothing", async () => {
    const { region, charging, stangePart } = await programmeWithTwoMeasures();
    const contributor = (await signedInUser("municipality_contributor", region.stange.id)).cookie;
    await ok("mutation", "measures.saveBudgetGrid", { cells: [cell(charging.id, 2025, 9_00, null, stangePart.id)] }, contributor);
    const refused = await trpcMutation("measures.saveBudgetGrid", {
      cells: [cell(charging.id, 2026, 9_00, null, stangePart.id), cell(charging.id, 2026, 9_00)],
    }, { cookie: contributor });
    expect(refused.status).toBe(403);
    expect((await linesOf(charging.id)).map((row) => row.year)).toEqual([2025]);
  });

  it("reads a programme's grid: measures in order with numbers, members, the measures' own lines and the period's years", async () => {
    const { region, programme, charging, tourism, stangePart, secretariat, line } = await programmeWithTwoMeasures();
    await line(tourism.id, 2031, 5_00);
    await insertBudgetLine(await getTestDb(), { measureId: charging.id, partId: stangePart.id, year: 2025, amountMinor: 1, currency: "NOK", fundingSource: "council_funds" });
    const grid = await ok<{
      programme: { currency: string; years: number[] };
      members: Array<{ name: string }>;
      measures: Array<{ id: string; number: string; partMunicipalityIds: string[]; viewer: { editBudget: { allowed: boolean } } }>;
      lines: Array<{ measureId: string; partId: string | null }>;
    }>("query", "measures.programmeGrid", { programmeId: programme.id }, secretariat);
    expect(grid.programme.currency).toBe("NOK");
    const first = Number(programme.periodStart.slice(0, 4));
    const last = Number(programme.periodEnd.slice(0, 4));
    expect(grid.programme.years).toEqual([...Array.from({ length: last - first + 1 }, (_, index) => first + index), 2031].filter((year, index, all) => all.indexOf(year) === index).sort());
    expect(grid.members.map((member) => member.name).sort()).toEqual(["Hamar", "Stange"]);
    expect(grid.measures.map((measure) => measure.id)).toEqual([charging.id, tourism.id]);
    expect(grid.measures.map((measure) => measure.number)).toEqual(["2.1", "2.2"]);
    expect(grid.measures[0]).toMatchObject({ partMunicipalityIds: [region.stange.id], viewer: { editBudget: { allowed: true } } });
    expect(grid.lines).toEqual([expect.objectContaining({ measureId: tourism.id, partId: null })]);
  });
});
