import {
  insertBudgetLine, insertMeasure, insertMeasurePart, listMeasuresByProgramme, setGoalsOfMeasure,
  type Executor, type ProgrammeRow,
} from "@samspill/db";
import type { ImportBudgetLine, ImportedMeasure } from "@samspill/documents";
import type { Audit } from "../../trpc/mutation.js";
import { budgetLineView, budgetShareColumns, measureRowView, partRowView } from "../measures/measure-view.js";

// Writes measures read from a valid file, after the programme's existing ones and in the file's
// order: each with its goals, budget lines and parts, and an audit event per measure and part
// (with what was created) in the same transaction as everything else.

export interface ImportCounts {
  measures: number;
  parts: number;
  budgetLines: number;
}

async function writeLines(db: Executor, measureId: string, partId: string | null, lines: readonly ImportBudgetLine[]) {
  const written = [];
  for (const line of lines) written.push(await insertBudgetLine(db, { measureId, partId, ...line, description: "" }));
  return written.map(budgetLineView);
}

export async function writeImportedMeasures(
  db: Executor,
  audit: Audit,
  programme: ProgrammeRow,
  measures: readonly ImportedMeasure[],
): Promise<ImportCounts> {
  const existing = await listMeasuresByProgramme(db, programme.id);
  let position = existing.reduce((max, measure) => Math.max(max, measure.position), -1);
  const counts: ImportCounts = { measures: 0, parts: 0, budgetLines: 0 };
  for (const imported of measures) {
    position += 1;
    const { row, goalIds, budget, parts, municipalityId, ...values } = imported;
    const measure = await insertMeasure(db, {
      ...values, programmeId: programme.id, ownerId: municipalityId ?? programme.ownerId, position,
    });
    await setGoalsOfMeasure(db, measure.id, goalIds);
    const lines = await writeLines(db, measure.id, null, budget);
    await audit({
      action: "measure.imported", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId,
      after: { ...measureRowView(measure), goalIds, budgetLines: lines, row },
    });
    counts.measures += 1;
    counts.budgetLines += lines.length;
    for (const importedPart of parts) {
      const { row: partRow, budget: partBudget, budgetShare, ...partValues } = importedPart;
      const part = await insertMeasurePart(db, { ...partValues, measureId: measure.id, ...budgetShareColumns(budgetShare) });
      const partLines = await writeLines(db, measure.id, part.id, partBudget);
      await audit({
        action: "measure_part.imported", subjectType: "measure_part", subjectId: part.id, organisationId: part.municipalityId,
        after: { ...partRowView(part), budgetLines: partLines, row: partRow },
      });
      counts.parts += 1;
      counts.budgetLines += partLines.length;
    }
  }
  return counts;
}
