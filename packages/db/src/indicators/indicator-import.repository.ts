import { sql } from "kysely";
import type { Executor } from "../shared/executor.js";
import { validOn } from "../shared/validity.js";
import type { IndicatorRow, IndicatorValueRow, NewIndicatorValue } from "./indicator.table.js";

// What importing official statistics into indicators needs: whose figures an indicator holds,
// which indicators are bound to a source, and writing many values at once.

export interface IndicatorMunicipality {
  id: string;
  name: string;
  code: string | null;
}

/**
 * The municipalities an indicator's values can be about: a local measure's owner, a shared
 * measure's parts, or — for a goal — the programme's owner when it is a municipality, else the
 * council's members on the given date.
 */
export async function listMunicipalitiesOfIndicator(
  db: Executor,
  indicator: Pick<IndicatorRow, "goalId" | "measureId">,
  on: string,
): Promise<IndicatorMunicipality[]> {
  const columns = ["organisation.id", "organisation.name", "organisation.code"] as const;
  if (indicator.measureId) {
    const measure = await db.selectFrom("measure").select(["scope", "ownerId"]).where("id", "=", indicator.measureId).executeTakeFirst();
    if (!measure) return [];
    if (measure.scope === "local") {
      return db.selectFrom("organisation").select(columns).where("id", "=", measure.ownerId).execute();
    }
    return db
      .selectFrom("measurePart")
      .innerJoin("organisation", "organisation.id", "measurePart.municipalityId")
      .select(columns)
      .where("measurePart.measureId", "=", indicator.measureId)
      .orderBy("organisation.name")
      .execute();
  }
  if (!indicator.goalId) return [];
  const owner = await db
    .selectFrom("goal")
    .innerJoin("programme", "programme.id", "goal.programmeId")
    .innerJoin("organisation", "organisation.id", "programme.ownerId")
    .select([...columns, "organisation.kind"])
    .where("goal.id", "=", indicator.goalId)
    .executeTakeFirst();
  if (!owner) return [];
  if (owner.kind === "municipality") return [{ id: owner.id, name: owner.name, code: owner.code }];
  return db
    .selectFrom("membership")
    .innerJoin("organisation", "organisation.id", "membership.municipalityId")
    .select(columns)
    .where("membership.councilId", "=", owner.id)
    .where(validOn(on, "membership"))
    .orderBy("organisation.name")
    .execute();
}

/** Indicators bound to SSB or Kolada in programmes that still run (not superseded), for the daily import. */
export async function listBoundIndicators(db: Executor): Promise<IndicatorRow[]> {
  return db
    .selectFrom("indicator")
    .leftJoin("goal", "goal.id", "indicator.goalId")
    .leftJoin("measure", "measure.id", "indicator.measureId")
    .innerJoin("programme", (join) => join.on(sql`programme.id`, "=", sql`coalesce(goal.programme_id, measure.programme_id)`))
    .selectAll("indicator")
    .where("indicator.source", "<>", "manual")
    .where("programme.status", "<>", "superseded")
    .orderBy("indicator.id")
    .execute();
}

/**
 * Inserts values or replaces those on the same indicator, municipality and date, in one
 * statement — an import writes all its figures or none.
 */
export async function upsertIndicatorValues(db: Executor, values: readonly NewIndicatorValue[]): Promise<IndicatorValueRow[]> {
  if (values.length === 0) return [];
  return db
    .insertInto("indicatorValue")
    .values([...values])
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
    .execute();
}
