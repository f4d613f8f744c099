import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
import type { IndicatorRow, IndicatorValueRow } from "./indicator.table.js";

// Pages, value series and deletes behind the indicator procedures. Inserts and the upsert of a
// value live in indicator.repository.ts; updates go through updateWithVersion.

export type IndicatorOwner = { goalId: string } | { measureId: string };

export async function pageIndicators(db: Executor, owner: IndicatorOwner, page: PageInput): Promise<Page<IndicatorRow>> {
  const { limit, offset } = pageBounds(page);
  const query =
    "goalId" in owner
      ? db.selectFrom("indicator").where("goalId", "=", owner.goalId)
      : db.selectFrom("indicator").where("measureId", "=", owner.measureId);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy("name").orderBy("id").limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export type IndicatorValueWithMunicipality = IndicatorValueRow & { municipalityName: string | null };

/** The values of several indicators at once (one query for a whole measure), oldest first. */
export async function listValuesOfIndicators(
  db: Executor,
  indicatorIds: readonly string[],
): Promise<IndicatorValueWithMunicipality[]> {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom("indicatorValue")
    .leftJoin("organisation as municipality", "municipality.id", "indicatorValue.municipalityId")
    .selectAll("indicatorValue")
    .select("municipality.name as municipalityName")
    .where("indicatorValue.indicatorId", "in", indicatorIds)
    .orderBy("indicatorValue.measuredOn")
    .orderBy("municipality.name", (ob) => ob.nullsFirst())
    .orderBy("indicatorValue.id")
    .execute();
}

export async function findIndicatorValueById(db: Executor, id: string): Promise<IndicatorValueRow | undefined> {
  return db.selectFrom("indicatorValue").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function deleteIndicator(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("indicator").where("id", "=", id).execute();
}

export async function deleteIndicatorValue(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("indicatorValue").where("id", "=", id).execute();
}
