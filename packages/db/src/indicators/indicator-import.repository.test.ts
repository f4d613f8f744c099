import { describe, expect, it } from "vitest";
import { insertDecision } from "../meetings/meeting.repository.js";
import { createAgendaItem, createCouncilWithMembers, createMeasure, createMeasurePart, createOrganisation, createProgramme, getTestDb, uniqueCodeSpace } from "../testing/index.js";
import { listBoundIndicators, listMunicipalitiesOfIndicator, upsertIndicatorValues } from "./indicator-import.repository.js";
import { insertIndicator, listIndicatorValues } from "./indicator.repository.js";

describe("listMunicipalitiesOfIndicator", () => {
  it("gives a council goal's members on the date, with their codes", async () => {
    const db = await getTestDb();
    const space = uniqueCodeSpace();
    const on = `${space.year}-06-01`;
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 2, validFrom: `${space.year}-01-01` });
    const coded = await createOrganisation(db, { kind: "municipality", code: space.code(), validFrom: `${space.year}-01-01` });
    await db.insertInto("membership").values({ councilId: council.id, municipalityId: coded.id, validFrom: `${space.year}-01-01` }).execute();
    const { goals } = await createProgramme(db, { ownerId: council.id, focusAreaCount: 1 });
    const indicator = await insertIndicator(db, { kind: "outcome", goalId: goals[0]!.id, name: "Folketall" });

    const members = await listMunicipalitiesOfIndicator(db, indicator, on);
    expect(new Set(members.map((member) => member.id))).toEqual(new Set([...municipalities.map((m) => m.id), coded.id]));
    expect(members.find((member) => member.id === coded.id)?.code).toBe(coded.code);
    expect(await listMunicipalitiesOfIndicator(db, indicator, `${space.year - 1}-12-31`)).toEqual([]);
  });

  it("gives a municipality's own programme, a local measure's owner and a shared measure's parts", async () => {
    const db = await getTestDb();
    const vimmerby = await createOrganisation(db, { kind: "municipality", country: "SE" });
    const { programme, goals } = await createProgramme(db, { ownerId: vimmerby.id, focusAreaCount: 1 });
    const goalIndicator = await insertIndicator(db, { kind: "outcome", goalId: goals[0]!.id, name: "Invånare" });
    expect(await listMunicipalitiesOfIndicator(db, goalIndicator, "2025-01-01")).toEqual([{ id: vimmerby.id, name: vimmerby.name, code: null }]);

    const local = await createMeasure(db, { programmeId: programme.id, scope: "local", ownerId: vimmerby.id });
    const localIndicator = await insertIndicator(db, { kind: "output", measureId: local.id, name: "Deltagare" });
    expect((await listMunicipalitiesOfIndicator(db, localIndicator, "2025-01-01")).map((m) => m.id)).toEqual([vimmerby.id]);

    const shared = await createMeasure(db);
    const part = await createMeasurePart(db, { measureId: shared.id });
    const sharedIndicator = await insertIndicator(db, { kind: "output", measureId: shared.id, name: "Ladepunkter" });
    expect((await listMunicipalitiesOfIndicator(db, sharedIndicator, "2025-01-01")).map((m) => m.id)).toEqual([part.municipalityId]);
  });
});

describe("bound indicators and imported values", () => {
  it("lists bound indicators of running programmes only, and writes many values in one statement", async () => {
    const db = await getTestDb();
    const running = await createProgramme(db, { focusAreaCount: 1 });
    const decision = await insertDecision(db, { agendaItemId: (await createAgendaItem(db)).id, decidedOn: "2024-06-13", text: "Vedtatt" });
    const superseded = await createProgramme(db, { focusAreaCount: 1, status: "superseded", adoptedDecisionId: decision.id });
    const ref = { table: "07459", contentsCode: "Personer1" };
    const bound = await insertIndicator(db, { kind: "outcome", goalId: running.goals[0]!.id, name: "Folketall", source: "ssb", sourceRef: ref });
    const manual = await insertIndicator(db, { kind: "outcome", goalId: running.goals[0]!.id, name: "Arbeidsplasser" });
    const old = await insertIndicator(db, { kind: "outcome", goalId: superseded.goals[0]!.id, name: "Folketall", source: "ssb", sourceRef: ref });
    const ids = (await listBoundIndicators(db)).map((indicator) => indicator.id);
    expect(ids).toContain(bound.id);
    expect(ids).not.toContain(manual.id);
    expect(ids).not.toContain(old.id);

    const importedAt = new Date("2025-03-01T04:00:00Z");
    const value = (measuredOn: string, figure: number | null, status: string | null = null) =>
      ({ indicatorId: bound.id, measuredOn, value: figure, status, source: "ssb" as const, importedAt });
    expect(await upsertIndicatorValues(db, [])).toEqual([]);
    await upsertIndicatorValues(db, [value("2023-01-01", 21577), value("2024-01-01", null, "..")]);
    const again = await upsertIndicatorValues(db, [value("2024-01-01", 21700)]);
    expect(again).toMatchObject([{ value: 21700, status: null, version: 2 }]);
    expect((await listIndicatorValues(db, bound.id)).map((row) => [row.measuredOn, row.value, row.source])).toEqual([
      ["2023-01-01", 21577, "ssb"], ["2024-01-01", 21700, "ssb"],
    ]);
  });
});
