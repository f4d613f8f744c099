import { findAnnualReportText } from "@samspill/db";
import { permitOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { AnnualReportTextsKeySchema, textsPlace, textsView } from "./annual-report-texts.js";

/**
 * The texts written for an agreement's report on a period (empty, at version 0, before anyone
 * has), and whether the signed-in user may change them, with the reason when not (the council's
 * secretariat writes them).
 */
export const getAnnualReportTexts = procedure
  .meta({ permission: { actions: ["read_agreement"] } })
  .input(AnnualReportTextsKeySchema)
  .query(async ({ ctx, input }) => {
    const { resource } = await textsPlace(ctx.db, ctx.authorize, input);
    const row = await findAnnualReportText(ctx.db, input.agreementId, input.periodId);
    return { ...textsView(row), viewer: { edit: permitOf(ctx.actor, "review_report", resource) } };
  });
