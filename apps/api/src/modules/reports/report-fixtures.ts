import { createMeasure, createMeasurePart, createProgramme, createReportingPeriod, createStatusReport, getTestDb, uniqueName } from "@samspill/db/testing";
import { insertIndicator, type IndicatorRow, type OrganisationRow } from "@samspill/db";
import type { ReportStatus, Resource } from "@samspill/domain";

// A council's programme with a shared measure and one municipality's part of it, a reporting
// period, and (when asked) that part's report in a given workflow state. Tests and security
// cases build their own, so no call depends on another's data.

export interface ReportFixture {
  programmeId: string;
  measureId: string;
  partId: string;
  periodId: string;
  deadline: string;
  reportId: string;
  reportVersion: number;
  /** What the rules decide on for the part's report. */
  resource: Resource;
  councilResource: Resource;
}

export interface FixturePlace {
  council: OrganisationRow;
  municipality: OrganisationRow;
}

export async function partFixture(place: FixturePlace, options: { deadline?: string } = {}) {
  const db = await getTestDb();
  const { programme } = await createProgramme(db, { ownerId: place.council.id, status: "adopted", focusAreaCount: 1 });
  const measure = await createMeasure(db, { programmeId: programme.id, title: uniqueName("Regional ladestruktur") });
  const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: place.municipality.id });
  const period = await createReportingPeriod(db, {
    councilId: place.council.id, ...(options.deadline ? { deadline: options.deadline } : {}),
  });
  const countyId = place.council.countyId;
  const councilResource: Resource = { kind: "status_report", councilId: place.council.id, municipalityId: null, countyId, published: false };
  const resource: Resource = { ...councilResource, municipalityId: place.municipality.id, scope: "shared" };
  return { programme, measure, part, period, resource, councilResource };
}

export async function reportFixture(place: FixturePlace, workflowStatus: ReportStatus = "draft"): Promise<ReportFixture> {
  const { programme, measure, part, period, resource, councilResource } = await partFixture(place);
  const reviewed = workflowStatus === "approved" || workflowStatus === "returned";
  const report = await createStatusReport(await getTestDb(), {
    measureId: measure.id, partId: part.id, periodId: period.id, organisationId: place.municipality.id,
    workflowStatus,
    submittedAt: workflowStatus === "draft" ? null : "2024-12-20T10:00:00Z",
    reviewedAt: reviewed ? "2024-12-22T10:00:00Z" : null,
    returnComment: workflowStatus === "returned" ? "Mangler tall" : null,
  });
  return {
    programmeId: programme.id, measureId: measure.id, partId: part.id, periodId: period.id, deadline: period.deadline,
    reportId: report.id, reportVersion: report.version, resource, councilResource,
  };
}

/** An output indicator on a measure, such as seed 001's company calls. */
export async function outputIndicator(measureId: string): Promise<IndicatorRow> {
  return insertIndicator(await getTestDb(), { kind: "output", measureId, name: "Rørløft", unit: "bedrifter", target: 145 });
}
