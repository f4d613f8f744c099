import type { Executor } from "../../shared/executor.js";
import { insertMeasurePart } from "../../measures/measure-part.repository.js";
import type { MeasurePartRow, NewMeasurePart } from "../../measures/measure-part.table.js";
import { findMeasureById, insertMeasure } from "../../measures/measure.repository.js";
import type { MeasureRow, NewMeasure } from "../../measures/measure.table.js";
import { findProgrammeById } from "../../programmes/programme.repository.js";
import { createOrganisation } from "./organisations.js";
import { createProgramme } from "./programmes.js";
import { uniqueName } from "./unique.js";

/** A shared, planned measure owned by the programme's owner (a new programme unless given). */
export async function createMeasure(db: Executor, overrides: Partial<NewMeasure> = {}): Promise<MeasureRow> {
  const programme = overrides.programmeId
    ? await findProgrammeById(db, overrides.programmeId)
    : (await createProgramme(db, { focusAreaCount: 0 })).programme;
  if (!programme) throw new Error(`createMeasure: no programme ${overrides.programmeId}`);
  return insertMeasure(db, {
    scope: "shared",
    title: uniqueName("Measure"),
    ownerId: programme.ownerId,
    ...overrides,
    programmeId: programme.id,
  });
}

/** A municipality's part of a shared measure; makes the measure and municipality if not given. */
export async function createMeasurePart(
  db: Executor,
  overrides: Partial<NewMeasurePart> = {},
): Promise<MeasurePartRow> {
  const measure = overrides.measureId ? await findMeasureById(db, overrides.measureId) : await createMeasure(db);
  if (!measure) throw new Error(`createMeasurePart: no measure ${overrides.measureId}`);
  const municipalityId = overrides.municipalityId ?? (await createOrganisation(db, { kind: "municipality" })).id;
  return insertMeasurePart(db, { ...overrides, measureId: measure.id, municipalityId });
}
