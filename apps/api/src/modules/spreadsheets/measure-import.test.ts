import { describe, expect, it } from "vitest";
import { insertFocusArea, insertGoal, updateWithVersion, type Db } from "@samspill/db";
import { createProgramme, getTestDb } from "@samspill/db/testing";
import { trpcMutation, trpcQuery } from "../../testing/harness.js";
import { adoptDirectly } from "../programmes/programme-fixtures.js";
import { download, importFile, programmeWithMeasures, readWorkbook, sheetMeasure, sheetRows } from "./spreadsheet-fixtures.js";

// The import reads the measures layout back: a download imports into a new draft unchanged, a
// file with problems is refused whole with each problem by row and column, and a stale
// programme version is a CONFLICT.

type World = Awaited<ReturnType<typeof programmeWithMeasures>>;

async function count(db: Db, programmeId: string) {
  const measures = await db.selectFrom("measure").select(({ fn }) => fn.countAll<number>().as("n")).where("programmeId", "=", programmeId).executeTakeFirstOrThrow();
  const audit = await db.selectFrom("auditEvent").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { measures: Number(measures.n), audit: Number(audit.n) };
}

/** A new draft of the same council whose focus area and goal carry the first programme's names. */
async function newDraft(world: World) {
  const db = await getTestDb();
  const { programme } = await createProgramme(db, { ownerId: world.council.id, focusAreaCount: 0 });
  const area = await insertFocusArea(db, { programmeId: programme.id, title: world.focusArea.title });
  await insertGoal(db, { programmeId: programme.id, focusAreaId: area.id, title: world.goal.title });
  return programme;
}

const exported = async (world: World, programmeId: string) =>
  sheetRows(await readWorkbook((await download("spreadsheets.measures", { programmeId }, world.secretariat.cookie)).base64));

describe("importing measures from Excel", () => {
  it("round-trips a download into a new draft programme", async () => {
    const world = await programmeWithMeasures();
    const file = await download("spreadsheets.measures", { programmeId: world.programme.id }, world.secretariat.cookie);
    const draft = await newDraft(world);
    const cookie = world.secretariat.cookie;

    const preview = await trpcMutation("spreadsheets.previewMeasureImport", { programmeId: draft.id, fileBase64: file.base64 }, { cookie });
    expect(preview.status, JSON.stringify(preview.body.error)).toBe(200);
    expect(preview.body.result?.data).toMatchObject({ programmeVersion: draft.version, measureCount: 3, partCount: 2, problems: [] });
    expect(await count(await getTestDb(), draft.id)).toMatchObject({ measures: 0 });

    const imported = await trpcMutation("spreadsheets.importMeasures", { programmeId: draft.id, version: draft.version, fileBase64: file.base64 }, { cookie });
    expect(imported.status, JSON.stringify(imported.body.error)).toBe(200);
    expect(imported.body.result?.data).toEqual({ measures: 3, parts: 2, budgetLines: 2, programmeVersion: draft.version + 1 });
    expect(await exported(world, draft.id)).toEqual(await exported(world, world.programme.id));

    const db = await getTestDb();
    const events = await db.selectFrom("auditEvent").select(["action", "subjectType"])
      .where((eb) => eb.or([
        eb("subjectId", "=", draft.id),
        eb("subjectId", "in", eb.selectFrom("measure").select("measure.id").where("measure.programmeId", "=", draft.id)),
        eb("subjectId", "in", eb.selectFrom("measurePart").innerJoin("measure", "measure.id", "measurePart.measureId").select("measurePart.id").where("measure.programmeId", "=", draft.id)),
      ]))
      .execute();
    expect(events.map((event) => event.action).sort()).toEqual([
      "measure.imported", "measure.imported", "measure.imported", "measure_part.imported", "measure_part.imported", "programme.measures_imported",
    ]);
  });

  it("names each problem by row and column and writes nothing", async () => {
    const world = await programmeWithMeasures();
    const draft = await newDraft(world);
    const fileBase64 = await importFile(draft, [
      sheetMeasure({ title: "Gyldig tiltak" }),
      sheetMeasure({ focusArea: "Finnes ikke", status: "completed", progress: 40 }),
      sheetMeasure({ scope: "local", municipality: "Ikke medlem" }),
    ]);
    const cookie = world.secretariat.cookie;
    const before = await count(await getTestDb(), draft.id);
    const preview = await trpcMutation("spreadsheets.previewMeasureImport", { programmeId: draft.id, fileBase64 }, { cookie });
    const data = preview.body.result?.data as { problems: Array<{ row: number; column: string; reason: string }>; rows: unknown[] };
    expect(data.problems.map(({ row, column, reason }) => `${row} ${column} ${reason}`)).toEqual([
      "3 Satsingsområde unknown_focus_area", "3 Framdrift (%) completed_needs_full_progress", "4 Kommune unknown_organisation",
    ]);
    expect(data.rows).toHaveLength(3);

    const refused = await trpcMutation("spreadsheets.importMeasures", { programmeId: draft.id, version: draft.version, fileBase64 }, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "import_has_problems", params: { problems: 3 } });
    expect(await count(await getTestDb(), draft.id)).toEqual(before);
    const programme = await trpcQuery("programmes.get", { id: draft.id }, { cookie });
    expect((programme.body.result?.data as { version: number }).version).toBe(draft.version);
  });

  it("answers CONFLICT for a stale programme version and imports nothing twice", async () => {
    const world = await programmeWithMeasures();
    const draft = await newDraft(world);
    const fileBase64 = await importFile(draft, [sheetMeasure(), sheetMeasure()]);
    const cookie = world.secretariat.cookie;
    const input = { programmeId: draft.id, version: draft.version, fileBase64 };
    expect((await trpcMutation("spreadsheets.importMeasures", input, { cookie })).status).toBe(200);
    const again = await trpcMutation("spreadsheets.importMeasures", input, { cookie });
    expect(again.status).toBe(409);
    expect(again.body.error?.data).toMatchObject({ domainCode: "CONFLICT", params: { currentVersion: draft.version + 1 } });
    expect((await count(await getTestDb(), draft.id)).measures).toBe(2);
  });

  it("refuses files that are too large or not workbooks, and programmes past their draft, with a clear reason, never a 500", async () => {
    const world = await programmeWithMeasures();
    const draft = await newDraft(world);
    const cookie = world.secretariat.cookie;
    const call = (fileBase64: string) => trpcMutation("spreadsheets.previewMeasureImport", { programmeId: draft.id, fileBase64 }, { cookie });
    const large = await call(Buffer.alloc(720 * 1024, 1).toString("base64"));
    expect(large.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "file_too_large", params: { maxKilobytes: 700 } });
    const text = await call(Buffer.from("Tittel;Status\r\nA;B").toString("base64"));
    expect(text.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "file_unreadable" });
    expect((await call("not base64!")).status).toBe(400);

    // Measures come into a draft only: an adopted programme takes them through a revision.
    const asAdopted = await trpcMutation("spreadsheets.previewMeasureImport", { programmeId: world.programme.id, fileBase64: await importFile(world.programme) }, { cookie });
    expect(asAdopted.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "programme_adopted_use_revision" });
    const adopted = await adoptDirectly(await newDraft(world));
    const superseded = await updateWithVersion(await getTestDb(), "programme", adopted.id, adopted.version, { status: "superseded" });
    const closed = await trpcMutation("spreadsheets.previewMeasureImport", { programmeId: superseded.id, fileBase64: await importFile(superseded) }, { cookie });
    expect(closed.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "programme_superseded" });
  });
});
