import { listPartsOfMeasure, updateWithVersion, type Executor, type MeasurePartRow, type MeasureRow, type StatusReportRow } from "@samspill/db";
import { assertStatusTransition, normaliseProgress, rollUpMeasure } from "@samspill/domain";
import type { Audit } from "../../trpc/mutation.js";

// An approved report is the council's word on where the work stands: the part (or measure) it
// covers takes its status and progress, and a shared measure rolls up from its parts again.

export async function applyApprovedReport(
  trx: Executor,
  audit: Audit,
  report: StatusReportRow,
  subject: { measure: MeasureRow; part: MeasurePartRow | undefined },
): Promise<void> {
  const status = report.measureStatus;
  const progress = normaliseProgress(status, report.progress);
  const { measure, part } = subject;
  if (part) {
    assertStatusTransition(part.status, status);
    const updated = await updateWithVersion(trx, "measurePart", part.id, part.version, { status, progress });
    await audit({
      action: "measure_part.updated_from_report", subjectType: "measure_part", subjectId: part.id,
      organisationId: part.municipalityId, before: { status: part.status, progress: part.progress },
      after: { status: updated.status, progress: updated.progress, reportId: report.id },
    });
    await rollUp(trx, audit, measure, report.id);
    return;
  }
  assertStatusTransition(measure.status, status);
  const updated = await updateWithVersion(trx, "measure", measure.id, measure.version, { status, progress });
  await audit({
    action: "measure.updated_from_report", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId,
    before: { status: measure.status, progress: measure.progress },
    after: { status: updated.status, progress: updated.progress, reportId: report.id },
  });
}

async function rollUp(trx: Executor, audit: Audit, measure: MeasureRow, reportId: string): Promise<void> {
  const parts = await listPartsOfMeasure(trx, measure.id);
  const rolled = rollUpMeasure(parts.map((part) => ({
    status: part.status,
    progress: part.progress,
    budgetShare: part.budgetShareMinor === null || part.currency === null
      ? null : { amountMinor: Number(part.budgetShareMinor), currency: part.currency },
  })));
  if (!rolled || (rolled.status === measure.status && rolled.progress === measure.progress)) return;
  const updated = await updateWithVersion(trx, "measure", measure.id, measure.version, rolled);
  await audit({
    action: "measure.rolled_up", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId,
    before: { status: measure.status, progress: measure.progress },
    after: { status: updated.status, progress: updated.progress, reportId },
  });
}
