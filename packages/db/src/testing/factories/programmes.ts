import type { Executor } from "../../shared/executor.js";
import { insertFocusArea, insertGoal, insertProgramme } from "../../programmes/programme.repository.js";
import type { FocusAreaRow, GoalRow, NewProgramme, ProgrammeRow } from "../../programmes/programme.table.js";
import { createOrganisation } from "./organisations.js";
import { uniqueName } from "./unique.js";

export interface CreatedProgramme {
  programme: ProgrammeRow;
  /** Top-level focus areas in position order, one goal each. */
  focusAreas: FocusAreaRow[];
  goals: GoalRow[];
}

/** A draft programme 2024–2025 with `focusAreaCount` focus areas (default 2), each with a goal. */
export async function createProgramme(
  db: Executor,
  overrides: Partial<NewProgramme> & { focusAreaCount?: number } = {},
): Promise<CreatedProgramme> {
  const { focusAreaCount = 2, ...values } = overrides;
  const ownerId = values.ownerId ?? (await createOrganisation(db, { kind: "regional_council" })).id;
  const programme = await insertProgramme(db, {
    title: uniqueName("Programme"),
    periodStart: "2024-01-01",
    periodEnd: "2025-12-31",
    ...values,
    ownerId,
  });
  const focusAreas: FocusAreaRow[] = [];
  const goals: GoalRow[] = [];
  for (let position = 0; position < focusAreaCount; position += 1) {
    const focusArea = await insertFocusArea(db, {
      programmeId: programme.id,
      title: uniqueName("Focus area"),
      position,
    });
    focusAreas.push(focusArea);
    const goal = await insertGoal(db, { programmeId: programme.id, focusAreaId: focusArea.id, title: uniqueName("Goal") });
    goals.push(goal);
  }
  return { programme, focusAreas, goals };
}
