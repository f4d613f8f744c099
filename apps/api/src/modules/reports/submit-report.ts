import { updateWithVersion } from "@samspill/db";
import { SubmitReportInputSchema, submitReport as submitted } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedReport } from "./report-access.js";
import { reportView, workflowState } from "./report-view.js";

/** Sends a draft (or a returned report) for review; after the period's deadline it is marked late. */
export const submitReport = procedure
  .meta({ permission: { actions: ["submit_report"] } })
  .input(SubmitReportInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { report, period } = await authorizedReport(trx, ctx.authorize, input.id);
      const next = submitted(workflowState(report), ctx.now(), period.deadline);
      const after = reportView(await updateWithVersion(trx, "statusReport", report.id, input.version, {
        workflowStatus: next.workflowStatus, submittedAt: next.submittedAt, late: next.late,
      }));
      await audit({
        action: "status_report.submitted", subjectType: "status_report", subjectId: report.id,
        organisationId: report.organisationId, before: reportView(report), after,
      });
      return after;
    }),
  );
