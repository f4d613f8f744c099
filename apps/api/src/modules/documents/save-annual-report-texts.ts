import { findAnnualReportText, saveAnnualReportText } from "@samspill/db";
import { VersionSchema } from "@samspill/domain";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { AnnualReportTextsFields, AnnualReportTextsKeySchema, textsPlace, textsView } from "./annual-report-texts.js";

export const SaveAnnualReportTextsInputSchema = AnnualReportTextsKeySchema.extend({
  ...AnnualReportTextsFields,
  /** The version read; 0 when nothing had been written. */
  version: VersionSchema.or(z.literal(0)),
});

/**
 * The secretariat of the reporting council writes the summary, approval and signature of its
 * report to the county, at the version it read. (`review_report`: the secretariat's own
 * council, which is who approves the reports the document is compiled from.)
 */
export const saveAnnualReportTexts = procedure
  .meta({ permission: { actions: ["review_report"] } })
  .input(SaveAnnualReportTextsInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { agreementId, periodId, version, ...fields } = input;
      const { scope } = await textsPlace(trx, ctx.authorize, { agreementId, periodId });
      const before = await findAnnualReportText(trx, agreementId, periodId);
      const row = await saveAnnualReportText(trx, { agreementId, periodId, updatedBy: ctx.user?.id ?? null }, fields, version);
      const after = textsView(row);
      await audit({
        action: "agreement.annual_report_texts_saved", subjectType: "agreement", subjectId: agreementId,
        organisationId: scope.reporterId, before: before ? textsView(before) : undefined, after: { periodId, ...after },
      });
      return after;
    }),
  );
