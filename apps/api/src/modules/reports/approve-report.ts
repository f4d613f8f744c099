import { updateWithVersion } from "@samspill/db";
import { ApproveReportInputSchema, approveReport as approved } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { noticeReportReviewed } from "../notifications/review-notice.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { applyApprovedReport } from "./approval-effects.js";
import { authorizedReport } from "./report-access.js";
import { reportView, workflowState } from "./report-view.js";

/** The secretariat approves a submitted report: it is locked, and the measure or part follows it. */
export const approveReport = procedure
  .meta({ permission: { actions: ["review_report"] } })
  .input(ApproveReportInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const actor = signedInActor(ctx);
      const { report, measure, part, period } = await authorizedReport(trx, ctx.authorize, input.id);
      const next = approved(workflowState(report), { reviewerId: actor.userId, now: ctx.now() });
      const row = await updateWithVersion(trx, "statusReport", report.id, input.version, {
        workflowStatus: next.workflowStatus, reviewedAt: next.reviewedAt, reviewedBy: next.reviewedBy,
      });
      const after = reportView(row);
      await audit({
        action: "status_report.approved", subjectType: "status_report", subjectId: report.id,
        organisationId: report.organisationId, before: reportView(report), after,
      });
      await applyApprovedReport(trx, audit, row, { measure, part });
      await noticeReportReviewed(trx, { report: row, measure, period, reviewerId: actor.userId, outcome: "approved" });
      return after;
    }),
  );
