import {
  findReportingPeriodById, findStatusReportById, findStatusReportFor, insertStatusReport, listReportedValues, listSpendingOfReports,
  replaceReportSpending, updateWithVersion, type Executor, type StatusReportRow, type StatusReportUpdate,
} from "@samspill/db";
import { assertEditable, DomainError, spendingLines, type ReportSpending } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { authorizedReport, found, reportSubject } from "./report-access.js";
import { assertProgressFits, saveReportedValues } from "./report-content.js";
import { reportView, reportWithValuesView } from "./report-view.js";
import { parseSaveDraftInput } from "./save-draft-input.js";

/** Writes a report's spending lines (the report is already in their currency) and reads the report back with its new total. */
async function withSpending(trx: Executor, reportId: string, spending: ReportSpending) {
  await replaceReportSpending(trx, reportId, spending.currency, spendingLines(spending));
  return found(await findStatusReportById(trx, reportId), "status_report");
}

/** The report as the client reads it after a save: its fields, indicator values and spending lines. */
async function savedView(trx: Executor, report: StatusReportRow) {
  const [values, spending] = await Promise.all([listReportedValues(trx, report.id), listSpendingOfReports(trx, [report.id])]);
  return reportWithValuesView(report, values, spending);
}

/**
 * Starts or updates the draft of a status report for a measure or part in a period: status,
 * progress, narrative, money spent by funding source and indicator values. Only while the
 * author holds the report (draft or returned); submitted reports await review and approved
 * ones are locked.
 */
export const saveDraft = procedure
  .meta({ permission: { actions: ["submit_report"] } })
  .input(parseSaveDraftInput)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const actor = signedInActor(ctx);
      if (input.kind === "update") {
        const { kind: _kind, id, version, spending, indicatorValues, ...content } = input;
        const { report, period, resource } = await authorizedReport(trx, ctx.authorize, id);
        assertEditable(report);
        assertProgressFits(content.measureStatus ?? report.measureStatus, content.progress ?? report.progress);
        const patch: StatusReportUpdate = { ...content, authorId: actor.userId, ...(spending ? { currency: spending.currency } : {}) };
        const updated = await updateWithVersion(trx, "statusReport", id, version, patch);
        if (indicatorValues) {
          await saveReportedValues(trx, { id, measureId: report.measureId, municipalityId: resource.municipalityId ?? null }, period, indicatorValues);
        }
        const after = await savedView(trx, spending ? await withSpending(trx, id, spending) : updated);
        await audit({
          action: "status_report.draft_saved", subjectType: "status_report", subjectId: id,
          organisationId: report.organisationId, before: reportView(report), after,
        });
        return after;
      }

      const { kind: _kind, periodId, measureId, partId, spending, indicatorValues, ...content } = input;
      const { measure, part, resource } = await reportSubject(trx, measureId, partId);
      ctx.authorize(resource);
      const period = found(await findReportingPeriodById(trx, periodId), "reporting_period");
      if (period.councilId !== resource.councilId) {
        throw new DomainError("INVALID_INPUT", { reason: "period_not_of_council", params: { field: "periodId" } });
      }
      const existing = await findStatusReportFor(trx, { periodId, measureId, partId });
      if (existing) {
        // Someone started it first: the client loads that one and saves with its version.
        throw new DomainError("CONFLICT", { reason: "report_exists", params: { id: existing.id, currentVersion: existing.version } });
      }
      const created = await insertStatusReport(trx, {
        periodId, measureId, partId, ...content,
        organisationId: part?.municipalityId ?? measure.ownerId,
        authorId: actor.userId,
        currency: spending.currency,
      });
      await saveReportedValues(trx, { id: created.id, measureId, municipalityId: resource.municipalityId ?? null }, period, indicatorValues);
      const after = await savedView(trx, await withSpending(trx, created.id, spending));
      await audit({
        action: "status_report.created", subjectType: "status_report", subjectId: created.id,
        organisationId: created.organisationId, after,
      });
      return after;
    }),
  );
