import { sql } from "kysely";
import type { ReportStatus } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { pageBounds, pageWithTotal, type Page, type PageInput } from "../shared/paging.js";
import type { StatusReportRow } from "./status-report.table.js";

export interface StatusReportPageFilter extends PageInput {
  workflowStatus?: ReportStatus[] | undefined;
  /** Only the reports of these organisations (a contributor's municipality); undefined means all. */
  organisationIds?: readonly string[] | undefined;
}

/** A report with the names a list shows beside it. */
export type StatusReportListItem = StatusReportRow & {
  measureTitle: string;
  organisationName: string;
};

/** One page of a period's reports, filtered on the server, in measure order. */
export async function pageStatusReportsOfPeriod(
  db: Executor,
  periodId: string,
  filter: StatusReportPageFilter,
): Promise<Page<StatusReportListItem>> {
  const { limit, offset } = pageBounds(filter);
  let base = db
    .selectFrom("statusReport")
    .innerJoin("measure", "measure.id", "statusReport.measureId")
    .innerJoin("organisation", "organisation.id", "statusReport.organisationId")
    .where("statusReport.periodId", "=", periodId);
  if (filter.workflowStatus?.length) base = base.where("statusReport.workflowStatus", "in", filter.workflowStatus);
  if (filter.organisationIds) {
    if (filter.organisationIds.length === 0) return { items: [], total: 0 };
    base = base.where("statusReport.organisationId", "in", [...filter.organisationIds]);
  }
  const rows = await base
    .selectAll("statusReport")
    .select(["measure.title as measureTitle", "organisation.name as organisationName"])
    .select(sql<number>`count(*) over ()`.as("fullCount"))
    .orderBy("measure.position")
    .orderBy("measure.title")
    .orderBy("organisation.name")
    .orderBy("statusReport.id")
    .limit(limit)
    .offset(offset)
    .execute();
  return pageWithTotal(rows, offset, async () => (await base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow()).total);
}

/** The report of a measure (or one part of it) in a period, if someone has started it. */
export async function findStatusReportFor(
  db: Executor,
  key: { periodId: string; measureId: string; partId: string | null },
): Promise<StatusReportRow | undefined> {
  return db
    .selectFrom("statusReport")
    .selectAll()
    .where("periodId", "=", key.periodId)
    .where("measureId", "=", key.measureId)
    .where("partId", key.partId === null ? "is" : "=", key.partId)
    .executeTakeFirst();
}
