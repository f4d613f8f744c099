import type { Executor } from "../shared/executor.js";
import type { IndicatorRow, IndicatorValueRow, NewIndicator, NewIndicatorValue } from "./indicator.table.js";

/** Indicators on a goal (outcome) or a measure (output). */
export async function listIndicators(
  db: Executor,
  owner: { goalId: string } | { measureId: string },
): Promise<IndicatorRow[]> {
  const query = db.selectFrom("indicator").selectAll();
  const scoped =
    "goalId" in owner ? query.where("goalId", "=", owner.goalId) : query.where("measureId", "=", owner.measureId);
  return scoped.orderBy("name").orderBy("id").execute();
}

export async function findIndicatorById(db: Executor, id: string): Promise<IndicatorRow | undefined> {
  return db.selectFrom("indicator").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Values over time; totals (no municipality) and per-municipality values together. */
export async function listIndicatorValues(db: Executor, indicatorId: string): Promise<IndicatorValueRow[]> {
  return db
    .selectFrom("indicatorValue")
    .selectAll()
    .where("indicatorId", "=", indicatorId)
    .orderBy("measuredOn")
    .orderBy("municipalityId", (ob) => ob.nullsFirst())
    .execute();
}

export async function insertIndicator(db: Executor, values: NewIndicator): Promise<IndicatorRow> {
  return db.insertInto("indicator").values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * Inserts a value or replaces the one on the same date and municipality, so re-running an
 * SSB or Kolada import updates figures instead of failing on the ones it already brought.
 */
export async function upsertIndicatorValue(db: Executor, values: NewIndicatorValue): Promise<IndicatorValueRow> {
  return db
    .insertInto("indicatorValue")
    .values(values)
    .onConflict((oc) =>
      oc.constraint("indicator_value_one_per_date").doUpdateSet((eb) => ({
        value: eb.ref("excluded.value"),
        status: eb.ref("excluded.status"),
        source: eb.ref("excluded.source"),
        importedAt: eb.ref("excluded.importedAt"),
        reportId: eb.ref("excluded.reportId"),
        version: eb(eb.ref("indicatorValue.version"), "+", 1),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
