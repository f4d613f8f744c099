import type { Executor } from "../shared/executor.js";

/** A submitted report waiting for the secretariat. */
export interface AwaitingReviewRow {
  reportId: string;
  periodName: string;
  deadline: string;
  measureTitle: string;
  organisationName: string;
  submittedAt: Date | null;
  /** Submitted after the deadline. */
  late: boolean;
}

/** Organisations that run reporting periods: the councils (and municipalities such as Vimmerby) a digest is about. */
export async function listReportingCouncilIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom("reportingPeriod").select("councilId").distinct().orderBy("councilId").execute();
  return rows.map((row) => row.councilId);
}

/** Every submitted report in the council's periods, the longest waiting first. */
export async function listReportsAwaitingReview(db: Executor, councilId: string): Promise<AwaitingReviewRow[]> {
  return db
    .selectFrom("statusReport")
    .innerJoin("reportingPeriod", "reportingPeriod.id", "statusReport.periodId")
    .innerJoin("measure", "measure.id", "statusReport.measureId")
    .innerJoin("organisation", "organisation.id", "statusReport.organisationId")
    .select([
      "statusReport.id as reportId",
      "reportingPeriod.name as periodName",
      "reportingPeriod.deadline",
      "measure.title as measureTitle",
      "organisation.name as organisationName",
      "statusReport.submittedAt",
      "statusReport.late",
    ])
    .where("reportingPeriod.councilId", "=", councilId)
    .where("statusReport.workflowStatus", "=", "submitted")
    .orderBy("statusReport.submittedAt")
    .orderBy("statusReport.id")
    .execute();
}
