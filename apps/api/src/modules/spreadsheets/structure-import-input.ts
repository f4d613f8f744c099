import { listFocusAreas, listGoals, listMeasuresByProgramme, type Executor, type ProgrammeRow } from "@samspill/db";
import { readProgrammeImport, type ProgrammeImport } from "@samspill/documents";
import { assertProgrammeTakes, DomainError, type UiLanguage } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import type { Authorize } from "../../trpc/found.js";
import { authorizedProgramme } from "../programmes/programme-access.js";
import { importLookups } from "./import-lookups.js";

// What the preview and the import of the whole programme share: who may (those who edit the
// programme), into what (a draft — adopted means adopted — with no focus areas, goals or
// measures yet, so the file is the whole structure and nothing is merged), and the reading.

/** A draft the actor edits that has no structure yet; refused with the reason otherwise. */
export async function emptyDraftProgramme(db: Executor, authorize: Authorize, programmeId: string): Promise<ProgrammeRow> {
  const programme = await authorizedProgramme(db, authorize, programmeId, "edit_programme");
  assertProgrammeTakes(programme, "focus_areas");
  assertProgrammeTakes(programme, "goals");
  assertProgrammeTakes(programme, "measures_added_or_removed");
  const [areas, goals, measures] = await Promise.all([listFocusAreas(db, programme.id), listGoals(db, programme.id), listMeasuresByProgramme(db, programme.id)]);
  if (areas.length + goals.length + measures.length > 0) {
    throw new DomainError("INVALID_STATE", { reason: "programme_has_structure", params: { programmeId: programme.id } });
  }
  return programme;
}

export async function readStructureImport(db: Executor, programme: ProgrammeRow, fileBase64: string, language: UiLanguage, now: Date): Promise<ProgrammeImport> {
  const lookups = await importLookups(db, programme, isoDay(now));
  return readProgrammeImport(new Uint8Array(Buffer.from(fileBase64, "base64")), lookups, language);
}

export interface StructureCounts {
  focusAreas: number;
  subThemes: number;
  goals: number;
  measures: number;
  parts: number;
  budgetLines: number;
}

export function structureCounts(result: ProgrammeImport): StructureCounts {
  const parts = result.measures.flatMap((measure) => measure.parts);
  return {
    focusAreas: result.focusAreas.filter((area) => area.parentKey === null).length,
    subThemes: result.focusAreas.filter((area) => area.parentKey !== null).length,
    goals: result.goals.length,
    measures: result.measures.length,
    parts: parts.length,
    budgetLines: [...result.measures, ...parts].reduce((sum, item) => sum + item.budget.length, 0),
  };
}
