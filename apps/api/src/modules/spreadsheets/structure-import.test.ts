import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { updateWithVersion, type Db } from "@samspill/db";
import { getTestDb } from "@samspill/db/testing";
import { trpcMutation, trpcQuery } from "../../testing/harness.js";
import { adoptDirectly } from "../programmes/programme-fixtures.js";
import { download, sheetMeasure } from "./spreadsheet-fixtures.js";
import { emptyDraft, normalisedTree, structureFile, variedProgramme } from "./structure-fixtures.js";

// The whole programme from one workbook: a download imports into an empty draft as the same
// programme, a file with problems writes nothing and names each by sheet, row and column, and
// only an empty draft, at the version the preview saw, takes an import.

async function counts(db: Db, programmeId: string) {
  const n = async (table: "focusArea" | "goal" | "measure") =>
    Number((await db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as("n")).where("programmeId", "=", programmeId).executeTakeFirstOrThrow()).n);
  const audit = await db.selectFrom("auditEvent").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { focusAreas: await n("focusArea"), goals: await n("goal"), measures: await n("measure"), audit: Number(audit.n) };
}

describe("importing the whole programme from Excel", () => {
  it("round-trips a programme through its workbook into an empty draft", async () => {
    const world = await variedProgramme();
    const cookie = world.secretariat.cookie;
    const file = await download("spreadsheets.programmeStructure", { programmeId: world.programme.id }, cookie);
    const draft = await emptyDraft(world.council.id);

    const preview = await trpcMutation("spreadsheets.previewStructureImport", { programmeId: draft.id, fileBase64: file.base64 }, { cookie });
    expect(preview.status, JSON.stringify(preview.body.error)).toBe(200);
    expect(preview.body.result?.data).toMatchObject({
      programmeVersion: draft.version, problems: [],
      counts: { focusAreas: 1, subThemes: 1, goals: 3, measures: 4, parts: 2, budgetLines: 4 },
      tree: { goals: ["Flere innbyggere i regionen"], focusAreas: [{ subThemes: [{ title: "Bolig og stedsutvikling", goals: ["Attraktive sentrum"] }] }] },
    });
    const db = await getTestDb();
    expect(await counts(db, draft.id)).toMatchObject({ focusAreas: 0, goals: 0, measures: 0 });

    const imported = await trpcMutation("spreadsheets.importStructure", { programmeId: draft.id, version: draft.version, fileBase64: file.base64 }, { cookie });
    expect(imported.status, JSON.stringify(imported.body.error)).toBe(200);
    expect(imported.body.result?.data).toEqual({ focusAreas: 1, subThemes: 1, goals: 3, measures: 4, parts: 2, budgetLines: 4, programmeVersion: draft.version + 1 });
    expect(await normalisedTree(db, draft.id)).toEqual(await normalisedTree(db, world.programme.id));

    const events = await db.selectFrom("auditEvent").select("action")
      .where((eb) => eb.or([
        eb("subjectId", "=", draft.id),
        eb("subjectId", "in", eb.selectFrom("focusArea").select("focusArea.id").where("focusArea.programmeId", "=", draft.id)),
        eb("subjectId", "in", eb.selectFrom("goal").select("goal.id").where("goal.programmeId", "=", draft.id)),
        eb("subjectId", "in", eb.selectFrom("measure").select("measure.id").where("measure.programmeId", "=", draft.id)),
      ]))
      .execute();
    const tally = (action: string) => events.filter((event) => event.action === action).length;
    expect([tally("focus_area.imported"), tally("goal.imported"), tally("measure.imported"), tally("programme.structure_imported")]).toEqual([2, 3, 4, 1]);
  });

  it("offers an empty template with drop-down lists of the council's municipalities", async () => {
    const world = await variedProgramme();
    const file = await download("spreadsheets.programmeStructureTemplate", { programmeId: world.programme.id, language: "en" }, world.secretariat.cookie);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, "base64") as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => [sheet.name, sheet.actualRowCount])).toEqual([
      ["Instructions", 6], ["Focus areas and goals", 1], ["Measures", 1], ["Lists", 6],
    ]);
    expect(book.getWorksheet("Lists")!.getColumn(4).values.filter(Boolean).sort()).toEqual(["Hamar", "Municipality", "Stange"]);
  });

  it("names each problem by sheet, row and column and writes nothing", async () => {
    const world = await variedProgramme();
    const cookie = world.secretariat.cookie;
    const draft = await emptyDraft(world.council.id);
    const fileBase64 = await structureFile(draft, {
      structure: [
        { kind: "sub_theme", heading: null, title: "Foreldreløst tema", description: "" },
        { kind: "focus_area", heading: "Vekst", title: "Befolkningsvekst", description: "" },
        { kind: "goal", heading: "Overskrift", title: "Tilflytting", description: "" },
      ],
      measures: [sheetMeasure({ focusArea: "Befolkningsvekst", goals: ["Ukjent mål"] }), sheetMeasure({ scope: "local", municipality: "Oslo" })],
    });
    const before = await counts(await getTestDb(), draft.id);
    const preview = await trpcMutation("spreadsheets.previewStructureImport", { programmeId: draft.id, fileBase64, language: "sv" }, { cookie });
    const data = preview.body.result?.data as { problems: Array<{ sheet: string; row: number; column: string; reason: string }> };
    expect(data.problems.map(({ sheet, row, column, reason }) => `${sheet} ${row} ${column} ${reason}`)).toEqual([
      "Satsingsområder og mål 2 Radtype sub_theme_without_focus_area",
      "Satsingsområder og mål 4 Overskrift not_for_goals",
      "Tiltak 2 Mål unknown_goal",
      "Tiltak 3 Kommune unknown_organisation",
    ]);
    const refused = await trpcMutation("spreadsheets.importStructure", { programmeId: draft.id, version: draft.version, fileBase64 }, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "import_has_problems", params: { problems: 4 } });
    expect(await counts(await getTestDb(), draft.id)).toEqual(before);
  });

  it("imports only into an empty draft at the version seen, with the reason otherwise", async () => {
    const world = await variedProgramme();
    const cookie = world.secretariat.cookie;
    const draft = await emptyDraft(world.council.id);
    const fileBase64 = await structureFile(draft);
    const input = { programmeId: draft.id, version: draft.version, fileBase64 };
    const permit = async () => ((await trpcQuery("programmes.get", { id: draft.id }, { cookie })).body.result?.data as { viewer: { importStructure: unknown } }).viewer.importStructure;
    expect(await permit()).toEqual({ allowed: true, reason: null });
    expect((await trpcMutation("spreadsheets.importStructure", input, { cookie })).status).toBe(200);
    expect(await permit()).toEqual({ allowed: false, reason: "programme_has_structure" });

    // The same preview again: the programme has moved on, and it now has a structure.
    const stale = await trpcMutation("spreadsheets.importStructure", input, { cookie });
    expect(stale.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "programme_has_structure" });
    const other = await emptyDraft(world.council.id);
    await updateWithVersion(await getTestDb(), "programme", other.id, other.version, {});
    const conflict = await trpcMutation("spreadsheets.importStructure", { ...input, programmeId: other.id }, { cookie });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error?.data).toMatchObject({ domainCode: "CONFLICT" });
    expect((await counts(await getTestDb(), other.id)).focusAreas).toBe(0);

    const adopted = await trpcMutation("spreadsheets.previewStructureImport", { programmeId: (await adoptDirectly(await emptyDraft(world.council.id))).id, fileBase64 }, { cookie });
    expect(adopted.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "programme_adopted_use_revision" });
    const municipality = await trpcMutation("spreadsheets.previewStructureImport", { programmeId: other.id, fileBase64 }, { cookie: world.secretariat.cookie.replace(/./, "x") });
    expect(municipality.status).toBe(401);
  });
});
