import type { OrganisationKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type { NewReportingPeriod, ReportingPeriodRow } from "./reporting-period.table.js";

/** A council's reporting periods, newest first. */
export async function listReportingPeriods(db: Executor, councilId: string): Promise<ReportingPeriodRow[]> {
  return db
    .selectFrom("reportingPeriod")
    .selectAll()
    .where("councilId", "=", councilId)
    .orderBy("periodStart", "desc")
    .orderBy("name")
    .execute();
}

export async function findReportingPeriodById(db: Executor, id: string): Promise<ReportingPeriodRow | undefined> {
  return db.selectFrom("reportingPeriod").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * A period with what the permission rules need of its council (its kind and county), in one
 * statement: every read of a period places the council straight after.
 */
export async function findReportingPeriodInPlace(
  db: Executor,
  id: string,
): Promise<{ period: ReportingPeriodRow; council: { id: string; kind: OrganisationKind; countyId: string | null } } | undefined> {
  const row = await db
    .selectFrom("reportingPeriod")
    .innerJoin("organisation as council", "council.id", "reportingPeriod.councilId")
    .selectAll("reportingPeriod")
    .select(["council.kind as councilKind", "council.countyId as councilCountyId"])
    .where("reportingPeriod.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { councilKind, councilCountyId, ...period } = row;
  return { period, council: { id: period.councilId, kind: councilKind, countyId: councilCountyId } };
}

export async function insertReportingPeriod(db: Executor, values: NewReportingPeriod): Promise<ReportingPeriodRow> {
  return db.insertInto("reportingPeriod").values(values).returningAll().executeTakeFirstOrThrow();
}
