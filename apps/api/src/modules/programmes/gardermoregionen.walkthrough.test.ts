import { describe, expect, it } from "vitest";
import { listBudgetLines, listIndicators, listPartsOfMeasure } from "@samspill/db";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser } from "../../testing/harness.js";
import { ok } from "./programme-fixtures.js";

// PRODUCT.md walkthrough "Gardermoregionen (seed 002)", through the API as the secretariat:
// six municipalities, the strategic business plan, the action programme adopted by decision
// in April 2021, roles in the follow-up, and a rolling revision that shows what changed.

type Row = { id: string; title: string; predecessorId: string | null };
interface Diff {
  measures: { added: Row[]; removed: Row[]; changed: Array<{ previous: Row; next: Row; changes: Array<{ field: string }> }>; carriedForward: Array<{ previous: Row; next: Row }> };
  goals: { changed: Array<{ changes: Array<{ field: string; after: unknown }> }>; carriedForward: unknown[] };
  focusAreas: { carriedForward: unknown[]; added: unknown[] };
}

async function adoptAt(cookie: string, councilId: string, heldOn: string, caseNumber: string, programmeId: string | null) {
  const meeting = await ok<{ id: string }>("mutation", "meetings.create", { councilId, body: "Regionrådet", title: `Rådsmøte ${heldOn}`, heldOn }, cookie);
  const item = await ok<{ id: string }>("mutation", "meetings.addAgendaItem", { meetingId: meeting.id, caseNumber, title: "Vedtak" }, cookie);
  return ok<{ adoption: { status: string; supersededId: string | null } | null }>("mutation", "meetings.recordDecision", {
    agendaItemId: item.id, text: "Vedtatt.", decidedOn: heldOn, adoptsProgrammeId: programmeId,
  }, cookie);
}

describe("walkthrough: Gardermoregionen", () => {
  it("adopts a programme, sets follow-up roles, revises it and adopts the revision", async () => {
    const db = await getTestDb();
    const { council, county, municipalities } = await createCouncilWithMembers(db, { memberCount: 6 });
    const { cookie } = await signedInUser("secretariat", council.id);

    const strategy = await ok<{ id: string }>("mutation", "strategies.create", {
      ownerId: council.id, title: "Strategisk næringsplan for Gardermoregionen", periodStart: "2020-01-01", periodEnd: "2030-12-31",
    }, cookie);
    await adoptAt(cookie, council.id, "2020-01-24", "3/20", null); // the pre-project, a decision without a programme
    const programme = await ok<{ id: string }>("mutation", "programmes.create", {
      ownerId: council.id, strategyId: strategy.id, title: "Handlingsprogram 2021–2022", periodStart: "2021-01-01", periodEnd: "2022-12-31",
    }, cookie);
    const area = await ok<{ id: string }>("mutation", "programmes.addFocusArea", { programmeId: programme.id, title: "Næringsutvikling" }, cookie);
    const goal = await ok<{ id: string }>("mutation", "programmes.addGoal", { programmeId: programme.id, focusAreaId: area.id, title: "Flere arbeidsplasser" }, cookie);

    const createMeasure = (title: string, position: number, status = "planned", progress = 0) =>
      ok<{ id: string; version: number }>("mutation", "measures.create", {
        programmeId: programme.id, focusAreaId: area.id, scope: "shared", ownerId: council.id, title, position, status, progress,
      }, cookie);
    const inProgress = await createMeasure("Næringsvennlig region", 0, "in_progress", 20);
    const steady = await createMeasure("Felles etableringstjeneste", 1);
    const done = await createMeasure("Forprosjekt", 2, "completed", 100);
    const part = await ok<{ id: string }>("mutation", "measures.addPart", { measureId: steady.id, municipalityId: municipalities[0]!.id }, cookie);
    await ok("mutation", "measures.addBudgetLine", {
      measureId: steady.id, partId: part.id, year: 2021, amount: { amountMinor: 50_000_00, currency: "NOK" }, fundingSource: "council_funds",
    }, cookie);
    await ok("mutation", "indicators.create", { kind: "output", measureId: steady.id, name: "Bedriftsbesøk", unit: "antall" }, cookie);

    await ok("mutation", "programmes.setRole", { programmeId: programme.id, organisationId: council.id, role: "owner" }, cookie);
    for (const municipality of municipalities) {
      await ok("mutation", "programmes.setRole", { programmeId: programme.id, organisationId: municipality.id, role: "contributor" }, cookie);
    }
    const adopted = await adoptAt(cookie, council.id, "2021-04-16", "14/21", programme.id);
    expect(adopted.adoption?.status).toBe("adopted");
    await ok("mutation", "programmes.setRole", { programmeId: programme.id, organisationId: county.id, role: "funder", responsibility: "RUP-midler" }, cookie);

    const first = await ok<{ version: number; roles: Array<{ role: string; organisation: { id: string; name: string } }> }>(
      "query", "programmes.get", { id: programme.id }, cookie,
    );
    expect(first.roles).toHaveLength(8);
    // Each role names its organisation, for the programme page to list.
    expect(first.roles).toContainEqual(expect.objectContaining({ role: "funder", organisation: { id: county.id, name: county.name } }));
    const revision = await ok<{ id: string; revision: number; status: string; carried: { measures: number } }>(
      "mutation", "programmes.startRevision", { id: programme.id, version: first.version }, cookie,
    );
    expect(revision).toMatchObject({ revision: 2, status: "draft", carried: { measures: 2 } });

    const copy = await ok<{ roles: unknown[]; focusAreas: Array<{ goals: Array<{ id: string; version: number }>; measures: Array<{ id: string; title: string }> }> }>(
      "query", "programmes.get", { id: revision.id }, cookie,
    );
    expect(copy.roles).toHaveLength(8);
    const copied = copy.focusAreas[0]!.measures;
    expect(copied.map((measure) => measure.title)).toEqual(["Næringsvennlig region", "Felles etableringstjeneste"]);
    const steadyCopy = copied[1]!.id;
    expect((await listPartsOfMeasure(db, steadyCopy)).map((row) => row.municipalityId)).toEqual([municipalities[0]!.id]);
    expect((await listBudgetLines(db, steadyCopy)).map((line) => line.amountMinor)).toEqual([50_000_00]);
    expect((await listIndicators(db, { measureId: steadyCopy })).map((indicator) => indicator.name)).toEqual(["Bedriftsbesøk"]);

    // One measure changes, one is added, a goal is reworded.
    const changedCopy = await ok<{ id: string; version: number }>("query", "measures.get", { id: copied[0]!.id }, cookie);
    await ok("mutation", "measures.update", { id: changedCopy.id, version: changedCopy.version, title: "Næringsvennlig region 2.0" }, cookie);
    const added = await ok<{ id: string }>("mutation", "measures.create", {
      programmeId: revision.id, scope: "shared", ownerId: council.id, title: "Grønn industri", position: 3,
    }, cookie);
    const goalCopy = copy.focusAreas[0]!.goals[0]!;
    await ok("mutation", "programmes.updateGoal", { id: goalCopy.id, version: goalCopy.version, title: "Flere grønne arbeidsplasser" }, cookie);

    const diff = await ok<Diff>("query", "programmes.diff", { id: revision.id }, cookie);
    expect(diff.measures.added.map((row) => row.id)).toEqual([added.id]);
    expect(diff.measures.changed.map((entry) => [entry.previous.id, entry.changes.map((change) => change.field)])).toEqual([[inProgress.id, ["title"]]]);
    expect(diff.measures.carriedForward.map((entry) => entry.previous.id)).toEqual([steady.id]);
    expect(diff.measures.removed.map((row) => row.id)).toEqual([done.id]);
    expect(diff.goals.changed[0]?.changes).toEqual([expect.objectContaining({ field: "title", after: "Flere grønne arbeidsplasser" })]);
    expect(diff.focusAreas.carriedForward).toHaveLength(1);

    const second = await adoptAt(cookie, council.id, "2022-11-18", "41/22", revision.id);
    expect(second.adoption).toMatchObject({ status: "adopted", supersededId: programme.id });
    expect((await ok<{ status: string }>("query", "programmes.get", { id: programme.id }, cookie)).status).toBe("superseded");
    expect((await ok<{ status: string }>("query", "programmes.get", { id: revision.id }, cookie)).status).toBe("adopted");
    expect(goal.id).not.toBe(goalCopy.id);
  });
});
