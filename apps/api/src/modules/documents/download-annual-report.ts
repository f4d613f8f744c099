import { z } from "zod";
import { findReportingPeriodById } from "@samspill/db";
import { annualReportTitle, documentFormat } from "@samspill/documents";
import { IdSchema, localDate } from "@samspill/domain";
import { fileResult } from "../../trpc/file-result.js";
import { procedure } from "../../trpc/init.js";
import { authorizedAgreement } from "../agreements/agreement-access.js";
import { loadAnnualReport } from "./annual-report-source.js";
import { periodNotOfAgreement, reportScope } from "./report-scope.js";

/**
 * The annual report from a council (or a member municipality) to its county under a partnership
 * agreement, compiled from the approved status reports of one reporting period, in the
 * reporter's language. Whoever reads the agreement may download it.
 */
export const downloadAnnualReport = procedure
  .meta({ permission: { actions: ["read_agreement"] }, file: true })
  .input(z.strictObject({ agreementId: IdSchema, periodId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const { parties } = await authorizedAgreement(ctx.db, ctx.authorize, input.agreementId);
    const period = await findReportingPeriodById(ctx.db, input.periodId);
    const scope = period ? await reportScope(ctx.db, parties, period) : undefined;
    if (!period || !scope) throw periodNotOfAgreement();
    const { data, language } = await loadAnnualReport(ctx.db, {
      agreementId: input.agreementId, period, scope, today: localDate(ctx.now()),
    });
    const bytes = await ctx.files.render({ kind: "annualReport", data, language });
    return fileResult(bytes, annualReportTitle(data, documentFormat(language)), "docx");
  });
