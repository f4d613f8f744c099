import {
  findMeasureById, findMeasurePartById, findProgrammeById, findReportingPeriodById, findReportingPeriodInPlace, findStatusReportById,
  type Executor, type MeasurePartRow, type MeasureRow, type ReportingPeriodRow, type StatusReportRow,
} from "@samspill/db";
import { DomainError, isAnonymous, type Action, type Actor, type Resource } from "@samspill/domain";
import { locateOwner, placeOfOwner, type OwnerPlace } from "../../trpc/locate.js";
import { found, type Authorize } from "../../trpc/found.js";
export { found } from "../../trpc/found.js";
export type { Authorize } from "../../trpc/found.js";

// Where reports and periods sit for the permission rules. A report belongs to the council whose
// programme holds the measure; a part's report (or a local measure's) also to the municipality
// that writes it, so a contributor reaches their own and only their own.

/** The council's place, for periods, lists and the overview. Reports are never published. */
export async function councilResource(db: Executor, councilId: string): Promise<Resource> {
  return councilReports(await locateOwner(db, councilId));
}

/** The council's reports as one resource, from its place already known. */
function councilReports(place: OwnerPlace): Resource {
  return { kind: "status_report", ...place, published: false };
}

export interface ReportSubject {
  measure: MeasureRow;
  part: MeasurePartRow | undefined;
  resource: Resource;
}

/** The measure (and part) a report is about, and the resource the rules decide on. */
export async function reportSubject(db: Executor, measureId: string, partId: string | null): Promise<ReportSubject> {
  const measure = found(await findMeasureById(db, measureId), "measure");
  const programme = found(await findProgrammeById(db, measure.programmeId), "programme");
  const part = partId === null ? undefined : found(await findMeasurePartById(db, partId), "measure_part");
  if (part && part.measureId !== measure.id) {
    throw new DomainError("INVALID_INPUT", { reason: "part_not_of_measure", params: { field: "partId" } });
  }
  const place = await locateOwner(db, programme.ownerId);
  const reporterId = part?.municipalityId ?? measure.ownerId;
  return { measure, part, resource: reportResource(place, { scope: measure.scope, partId: part?.id ?? null, reporterId }) };
}

/**
 * A report's place in the council's programme (`place`), whether or not it is written yet: a
 * part's report and a local measure's belong to the municipality that writes it (`reporterId`).
 */
export function reportResource(place: OwnerPlace, subject: { scope: MeasureRow["scope"]; partId: string | null; reporterId: string }): Resource {
  const own = subject.partId !== null || subject.scope === "local";
  return { kind: "status_report", ...place, municipalityId: own ? subject.reporterId : place.municipalityId, scope: subject.scope, published: false };
}

export interface AuthorizedReport extends ReportSubject {
  report: StatusReportRow;
  period: ReportingPeriodRow;
}

/** Loads a report with its period and subject and asks the rules; NOT_FOUND when it is not there. */
export async function authorizedReport(
  db: Executor,
  authorize: Authorize,
  reportId: string,
  action?: Action,
): Promise<AuthorizedReport> {
  const report = found(await findStatusReportById(db, reportId), "status_report");
  const subject = await reportSubject(db, report.measureId, report.partId);
  authorize(subject.resource, action);
  const period = found(await findReportingPeriodById(db, report.periodId), "reporting_period");
  return { ...subject, report, period };
}

/** Loads a period and asks the rules about its council. */
export async function authorizedPeriod(
  db: Executor,
  authorize: Authorize,
  periodId: string,
  action?: Action,
): Promise<ReportingPeriodRow> {
  const { period, council } = found(await findReportingPeriodInPlace(db, periodId), "reporting_period");
  authorize(councilReports(placeOfOwner(council)), action);
  return period;
}

/** A contributor's own municipalities, whose reports are their tasks; undefined for everyone else. */
export function contributorMunicipalities(actor: Actor): readonly string[] | undefined {
  return !isAnonymous(actor) && actor.role === "municipality_contributor" ? actor.scope.municipalityIds : undefined;
}
