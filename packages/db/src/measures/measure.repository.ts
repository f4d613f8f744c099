import { sql } from "kysely";
import type { MeasureScope, MeasureStatus } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { likePattern } from "../shared/paging.js";
import type { MeasureRow, NewMeasure } from "./measure.table.js";

export interface MeasureFilter {
  status?: MeasureStatus[];
  scope?: MeasureScope;
  focusAreaId?: string;
  /** Measures owned by the organisation (council or municipality). */
  ownerId?: string;
  /** Measures a municipality takes part in: its own local measures and shared measures with its part. */
  municipalityId?: string;
  /** Matches the title, case-insensitively. */
  search?: string;
}

export async function findMeasureById(db: Executor, id: string): Promise<MeasureRow | undefined> {
  return db.selectFrom("measure").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The measures of a programme in programme order, narrowed by the filter. */
export async function listMeasuresByProgramme(
  db: Executor,
  programmeId: string,
  filter: MeasureFilter = {},
): Promise<MeasureRow[]> {
  let query = db.selectFrom("measure").selectAll().where("programmeId", "=", programmeId);
  if (filter.status?.length) query = query.where("status", "in", filter.status);
  if (filter.scope) query = query.where("scope", "=", filter.scope);
  if (filter.focusAreaId) query = query.where("focusAreaId", "=", filter.focusAreaId);
  if (filter.ownerId) query = query.where("ownerId", "=", filter.ownerId);
  if (filter.search?.trim()) query = query.where("title", "ilike", likePattern(filter.search.trim()));
  const municipalityId = filter.municipalityId;
  if (municipalityId) {
    query = query.where((eb) =>
      eb.or([
        eb("ownerId", "=", municipalityId),
        eb.exists(
          eb
            .selectFrom("measurePart")
            .select("measurePart.id")
            .whereRef("measurePart.measureId", "=", "measure.id")
            .where("measurePart.municipalityId", "=", municipalityId),
        ),
      ]),
    );
  }
  return query.orderBy("position").orderBy("id").execute();
}

/** Ids of the goals a measure serves. */
export async function listGoalIdsOfMeasure(db: Executor, measureId: string): Promise<string[]> {
  const rows = await db.selectFrom("measureGoal").select("goalId").where("measureId", "=", measureId).execute();
  return rows.map((row) => row.goalId);
}

/** The position after the programme's last measure (0 for its first). */
export async function nextMeasurePosition(db: Executor, programmeId: string): Promise<number> {
  const row = await db.selectFrom("measure").select((eb) => eb.fn.max("position").as("last")).where("programmeId", "=", programmeId).executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/**
 * What numbers a programme's measures (`measureNumbers` in the domain): its focus areas and
 * measures with their places, in one small query.
 */
export async function listNumberingRows(db: Executor, programmeId: string) {
  const rows = await db
    .selectFrom("focusArea")
    .select(["id", "parentId as placeId", "position", sql<boolean>`true`.as("isFocusArea")])
    .where("programmeId", "=", programmeId)
    .unionAll(
      db.selectFrom("measure")
        .select(["id", "focusAreaId as placeId", "position", sql<boolean>`false`.as("isFocusArea")])
        .where("programmeId", "=", programmeId),
    )
    .execute();
  return {
    focusAreas: rows.filter((row) => row.isFocusArea).map(({ id, placeId, position }) => ({ id, parentId: placeId, position })),
    measures: rows.filter((row) => !row.isFocusArea).map(({ id, placeId, position }) => ({ id, focusAreaId: placeId, position })),
  };
}

export async function insertMeasure(db: Executor, values: NewMeasure): Promise<MeasureRow> {
  return db.insertInto("measure").values(values).returningAll().executeTakeFirstOrThrow();
}

/** Replaces the goals a measure serves with exactly `goalIds`. */
export async function setGoalsOfMeasure(db: Executor, measureId: string, goalIds: readonly string[]): Promise<void> {
  await db.deleteFrom("measureGoal").where("measureId", "=", measureId).execute();
  if (goalIds.length === 0) return;
  await db
    .insertInto("measureGoal")
    .values(goalIds.map((goalId) => ({ measureId, goalId })))
    .execute();
}

/** Replaces the agreement obligations a measure fulfils with exactly `obligationIds`. */
export async function setObligationsOfMeasure(
  db: Executor,
  measureId: string,
  obligationIds: readonly string[],
): Promise<void> {
  await db.deleteFrom("measureObligation").where("measureId", "=", measureId).execute();
  if (obligationIds.length === 0) return;
  await db
    .insertInto("measureObligation")
    .values(obligationIds.map((obligationId) => ({ measureId, obligationId })))
    .execute();
}
