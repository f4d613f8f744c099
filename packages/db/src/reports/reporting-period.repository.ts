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

export async function insertReportingPeriod(db: Executor, values: NewReportingPeriod): Promise<ReportingPeriodRow> {
  return db.insertInto("reportingPeriod").values(values).returningAll().executeTakeFirstOrThrow();
}
