import { z } from "zod";
import { readMeasureImport, type ImportLookups, type MeasureImport } from "@samspill/documents";
import { assertProgrammeTakes, IdSchema, UI_LANGUAGES } from "@samspill/domain";
import type { Executor, ProgrammeRow } from "@samspill/db";
import { isoDay } from "../../trpc/context.js";
import type { Authorize } from "../../trpc/found.js";
import { authorizedProgramme } from "../programmes/programme-access.js";
import { importLookups } from "./import-lookups.js";

// What the preview and the import share: the file as base64 in the JSON body (the HTTP body
// limit of 1 MiB bounds it; the reader refuses anything over its own, lower limit with a
// clear error) and the rule that only those who edit the programme import into it.

export const importFields = {
  programmeId: IdSchema,
  fileBase64: z.base64().max(1_400_000),
  language: z.enum(UI_LANGUAGES).optional(),
};

/** A programme the actor edits (the council's secretariat) that still takes new measures: a draft. */
export async function importableProgramme(db: Executor, authorize: Authorize, programmeId: string): Promise<ProgrammeRow> {
  const programme = await authorizedProgramme(db, authorize, programmeId, "edit_programme");
  assertProgrammeTakes(programme, "measures_added_or_removed");
  return programme;
}

export async function readImport(
  db: Executor,
  programme: ProgrammeRow,
  fileBase64: string,
  language: (typeof UI_LANGUAGES)[number],
  now: Date,
): Promise<{ result: MeasureImport; lookups: ImportLookups }> {
  const lookups = await importLookups(db, programme, isoDay(now));
  const bytes = new Uint8Array(Buffer.from(fileBase64, "base64"));
  return { result: await readMeasureImport(bytes, lookups, language), lookups };
}

export function previewView(result: MeasureImport, programmeVersion: number) {
  return {
    programmeVersion,
    measureCount: result.measures.length,
    partCount: result.measures.reduce((sum, measure) => sum + measure.parts.length, 0),
    rows: result.rows,
    problems: result.problems,
  };
}
