import ExcelJS from "exceljs";
import { expect } from "vitest";
import { measuresSheet, renderSheet, type SheetMeasure } from "@samspill/documents";
import { insertBudgetLine, setGoalsOfMeasure, type ProgrammeRow } from "@samspill/db";
import { createMeasurePart, createProgramme, getTestDb, uniqueName } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../../testing/harness.js";
import type { FileResult } from "../../trpc/file-result.js";
import { hamarregionen, localMeasure, sharedMeasure } from "../measures/measure-fixtures.js";

// Data and files for the spreadsheet tests and security cases: a programme with measures of
// every kind, an import file written in the measures layout, and a reader for downloads.

export function sheetMeasure(overrides: Partial<SheetMeasure> = {}): SheetMeasure {
  return {
    number: "", title: uniqueName("Importert tiltak"), description: "", focusArea: null, goals: [], scope: "shared", municipality: null,
    responsibleOrganisation: null, responsiblePerson: "", startDate: "2025-01-01", endDate: "2025-12-31", status: "planned",
    progress: 0, sdgGoals: [], budget: [], parts: [], ...overrides,
  };
}

/** The measures as an import file (base64) in the layout of the programme's download. */
export async function importFile(programme: ProgrammeRow, measures: SheetMeasure[] = [sheetMeasure()]): Promise<string> {
  const sheet = measuresSheet({ programme: { ...programme, currency: "NOK" }, measures }, "nb");
  return Buffer.from(await renderSheet(sheet, "xlsx", "nb")).toString("base64");
}

export async function readWorkbook(base64OrBytes: string | Uint8Array): Promise<ExcelJS.Worksheet> {
  const bytes = typeof base64OrBytes === "string" ? Buffer.from(base64OrBytes, "base64") : Buffer.from(base64OrBytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no worksheet");
  return sheet;
}

/** The rows of a sheet as arrays of cell values, heading row first. */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** Hamarregionen in miniature with a programme of a shared measure (two parts, a goal, a budget), a local and a completed one. */
export async function programmeWithMeasures() {
  const db = await getTestDb();
  const place = await hamarregionen();
  const { programme, focusAreas, goals } = await createProgramme(db, { ownerId: place.council.id, status: "adopted", focusAreaCount: 1 });
  const charging = await sharedMeasure(programme, {
    title: "Regional ladestruktur", focusAreaId: focusAreas[0]!.id, status: "in_progress", progress: 55,
    startDate: "2024-01-01", endDate: "2025-12-31", position: 1,
  });
  await setGoalsOfMeasure(db, charging.id, [goals[0]!.id]);
  await insertBudgetLine(db, { measureId: charging.id, partId: null, year: 2024, amountMinor: 500_000_00, currency: "NOK", fundingSource: "council_funds" });
  await createMeasurePart(db, { measureId: charging.id, municipalityId: place.stange.id, status: "in_progress", progress: 40 });
  const hamarPart = await createMeasurePart(db, {
    measureId: charging.id, municipalityId: place.hamar.id, status: "delayed", progress: 20, contactName: "Ingrid Hansen",
    contactEmail: "ingrid@hamar.example", budgetShareMinor: 200_000_00, currency: "NOK",
  });
  await insertBudgetLine(db, {
    measureId: charging.id, partId: hamarPart.id, year: 2025, amountMinor: 200_000_00, currency: "NOK", fundingSource: "municipal_own_contribution",
  });
  const local = await localMeasure(programme, place.stange.id);
  await sharedMeasure(programme, { title: "Avsluttet tiltak", status: "completed", progress: 100, position: 3 });
  const secretariat = await signedInUser("secretariat", place.council.id);
  return { ...place, programme, charging, local, focusArea: focusAreas[0]!, goal: goals[0]!, secretariat };
}

/** A file procedure called as the client's tRPC would, answered 200. */
export async function download(path: string, input: unknown, cookie: string) {
  const { status, body } = await trpcQuery(path, input, { cookie });
  expect(status, JSON.stringify(body.error)).toBe(200);
  return body.result?.data as FileResult;
}
