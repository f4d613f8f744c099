import { insertComment, updateWithVersion } from "@samspill/db";
import { ReturnReportInputSchema, returnReport as returned } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { noticeReportReviewed } from "../notifications/review-notice.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { authorizedReport } from "./report-access.js";
import { reportView, workflowState } from "./report-view.js";

/**
 * The secretariat sends a submitted report back to its author with a comment saying what to fix.
 * The comment is kept on the report and also as a comment, so the conversation stays in one place.
 */
export const returnReport = procedure
  .meta({ permission: { actions: ["review_report"] } })
  .input(ReturnReportInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const actor = signedInActor(ctx);
      const { report, measure, period } = await authorizedReport(trx, ctx.authorize, input.id);
      const next = returned(workflowState(report), input.comment, { reviewerId: actor.userId, now: ctx.now() });
      const row = await updateWithVersion(trx, "statusReport", report.id, input.version, {
        workflowStatus: next.workflowStatus, returnComment: next.returnComment,
        reviewedAt: next.reviewedAt, reviewedBy: next.reviewedBy,
      });
      const after = reportView(row);
      const comment = await insertComment(trx, {
        subjectType: "status_report", subjectId: report.id, authorId: actor.userId, body: next.returnComment ?? input.comment,
      });
      await audit({
        action: "status_report.returned", subjectType: "status_report", subjectId: report.id,
        organisationId: report.organisationId, before: reportView(report), after: { ...after, commentId: comment.id },
      });
      await noticeReportReviewed(trx, { report: row, measure, period, reviewerId: actor.userId, outcome: "returned" });
      return after;
    }),
  );
