import { insertFocusArea, insertGoal, type Executor, type ProgrammeRow } from "@samspill/db";
import type { ProgrammeImport } from "@samspill/documents";
import type { Audit } from "../../trpc/mutation.js";
import { focusAreaRowView, goalRowView } from "../programmes/programme-row-view.js";
import { writeImportedMeasures, type ImportCounts } from "./write-imported-measures.js";

// Writes a valid workbook into an empty draft: focus areas and sub-themes in the file's order,
// then the goals under them, then the measures (with parts and budget lines) by the measures
// import's writer, the file's keys turned into the new rows' ids. An audit event per row.

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`no row for ${key}`);
  return id;
}

export async function writeImportedStructure(
  db: Executor,
  audit: Audit,
  programme: ProgrammeRow,
  result: ProgrammeImport,
): Promise<ImportCounts & { focusAreas: number; subThemes: number; goals: number }> {
  const ids = new Map<string, string>();
  const organisationId = programme.ownerId;
  let position = 0;
  for (const imported of result.focusAreas) {
    const area = await insertFocusArea(db, {
      programmeId: programme.id, parentId: imported.parentKey === null ? null : idOf(ids, imported.parentKey),
      title: imported.title, heading: imported.heading, description: imported.description, position: position++,
    });
    ids.set(imported.key, area.id);
    await audit({ action: "focus_area.imported", subjectType: "focus_area", subjectId: area.id, organisationId, after: { ...focusAreaRowView(area), row: imported.row } });
  }
  position = 0;
  for (const imported of result.goals) {
    const goal = await insertGoal(db, {
      programmeId: programme.id, focusAreaId: imported.focusAreaKey === null ? null : idOf(ids, imported.focusAreaKey),
      title: imported.title, description: imported.description, position: position++,
    });
    ids.set(imported.key, goal.id);
    await audit({ action: "goal.imported", subjectType: "goal", subjectId: goal.id, organisationId, after: { ...goalRowView(goal), row: imported.row } });
  }
  const measures = result.measures.map((measure) => ({
    ...measure,
    focusAreaId: measure.focusAreaId === null ? null : idOf(ids, measure.focusAreaId),
    goalIds: measure.goalIds.map((key) => idOf(ids, key)),
  }));
  const counts = await writeImportedMeasures(db, audit, programme, measures);
  const subThemes = result.focusAreas.filter((area) => area.parentKey !== null).length;
  return { focusAreas: result.focusAreas.length - subThemes, subThemes, goals: result.goals.length, ...counts };
}
