import { sql } from "kysely";
import type { MeasureScope } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

/**
 * Something a council expects a report on in a period: each municipality's part of a shared
 * measure, and every measure without parts (the council's own, or a municipality's local one).
 */
export interface ExpectedReportRow {
  measureId: string;
  partId: string | null;
  measureTitle: string;
  scope: MeasureScope;
  programmeId: string;
  /** Who reports: the part's municipality, or the measure's owner. */
  organisationId: string;
  organisationName: string;
}

/**
 * The expected reports of a council's programmes in force for a period: a programme started by
 * the end of the period stays in force — past its nominal end too — until a revision
 * supersedes it (the rolling revision), so follow-up never falls silent between versions.
 * One query.
 */
export async function listExpectedReports(
  db: Executor,
  period: { councilId: string; periodStart: string; periodEnd: string },
): Promise<ExpectedReportRow[]> {
  const rows = await db
    .selectFrom("measure")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .leftJoin("measurePart", "measurePart.measureId", "measure.id")
    .innerJoin("organisation", (join) =>
      join.on(sql<boolean>`organisation.id = coalesce(measure_part.municipality_id, measure.owner_id)`),
    )
    .select([
      "measure.id as measureId",
      "measurePart.id as partId",
      "measure.title as measureTitle",
      "measure.scope",
      "measure.programmeId",
      "organisation.id as organisationId",
      "organisation.name as organisationName",
    ])
    .where("programme.ownerId", "=", period.councilId)
    .where("programme.status", "<>", "superseded")
    .where("programme.periodStart", "<=", period.periodEnd)
    .orderBy("programme.periodStart")
    .orderBy("measure.position")
    .orderBy("measure.title")
    .orderBy("organisation.name")
    .execute();
  return rows;
}
