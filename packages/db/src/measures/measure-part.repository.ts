import type { Executor } from "../shared/executor.js";
import type { MeasurePartRow, NewMeasurePart } from "./measure-part.table.js";

export type MeasurePartWithMunicipality = MeasurePartRow & { municipalityName: string };

/** The municipalities' parts of a shared measure, by municipality name. */
export async function listPartsOfMeasure(db: Executor, measureId: string): Promise<MeasurePartWithMunicipality[]> {
  return db
    .selectFrom("measurePart")
    .innerJoin("organisation", "organisation.id", "measurePart.municipalityId")
    .selectAll("measurePart")
    .select("organisation.name as municipalityName")
    .where("measurePart.measureId", "=", measureId)
    .orderBy("organisation.name")
    .orderBy("measurePart.id")
    .execute();
}

/** The parts of several shared measures in one query, by measure and municipality name. */
export async function listPartsOfMeasures(db: Executor, measureIds: readonly string[]): Promise<MeasurePartWithMunicipality[]> {
  if (measureIds.length === 0) return [];
  return db
    .selectFrom("measurePart")
    .innerJoin("organisation", "organisation.id", "measurePart.municipalityId")
    .selectAll("measurePart")
    .select("organisation.name as municipalityName")
    .where("measurePart.measureId", "in", [...measureIds])
    .orderBy("measurePart.measureId")
    .orderBy("organisation.name")
    .orderBy("measurePart.id")
    .execute();
}

export async function findMeasurePartById(db: Executor, id: string): Promise<MeasurePartRow | undefined> {
  return db.selectFrom("measurePart").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertMeasurePart(db: Executor, values: NewMeasurePart): Promise<MeasurePartRow> {
  return db.insertInto("measurePart").values(values).returningAll().executeTakeFirstOrThrow();
}
