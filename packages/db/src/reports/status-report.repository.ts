import type { ReportStatus } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type { NewStatusReport, StatusReportRow } from "./status-report.table.js";

export interface StatusReportFilter {
  organisationId?: string;
  workflowStatus?: ReportStatus[];
}

/** The reports of one period, for the secretariat's "who has reported" overview. */
export async function listStatusReportsByPeriod(
  db: Executor,
  periodId: string,
  filter: StatusReportFilter = {},
): Promise<StatusReportRow[]> {
  let query = db.selectFrom("statusReport").selectAll().where("periodId", "=", periodId);
  if (filter.organisationId) query = query.where("organisationId", "=", filter.organisationId);
  if (filter.workflowStatus?.length) query = query.where("workflowStatus", "in", filter.workflowStatus);
  return query.orderBy("measureId").orderBy("partId", (ob) => ob.nullsFirst()).execute();
}

/** The programmes whose measures a period's reports are about, superseded ones included. */
export async function listProgrammeIdsReportedIn(db: Executor, periodId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("statusReport")
    .innerJoin("measure", "measure.id", "statusReport.measureId")
    .select("measure.programmeId")
    .distinct()
    .where("statusReport.periodId", "=", periodId)
    .execute();
  return rows.map((row) => row.programmeId);
}

/** The history of a measure's (or one part's) reports, oldest period first. */
export async function listStatusReportsOfMeasure(
  db: Executor,
  measureId: string,
  partId?: string | null,
): Promise<StatusReportRow[]> {
  let query = db
    .selectFrom("statusReport")
    .innerJoin("reportingPeriod", "reportingPeriod.id", "statusReport.periodId")
    .selectAll("statusReport")
    .where("statusReport.measureId", "=", measureId);
  if (partId !== undefined) query = query.where("statusReport.partId", partId === null ? "is" : "=", partId);
  return query.orderBy("reportingPeriod.periodStart").orderBy("statusReport.id").execute();
}

export async function findStatusReportById(db: Executor, id: string): Promise<StatusReportRow | undefined> {
  return db.selectFrom("statusReport").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertStatusReport(db: Executor, values: NewStatusReport): Promise<StatusReportRow> {
  return db.insertInto("statusReport").values(values).returningAll().executeTakeFirstOrThrow();
}
