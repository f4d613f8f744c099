import { z } from "zod";
import { listReportingPeriods } from "@samspill/db";
import { IdSchema, permitOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { councilResource } from "./report-access.js";
import { periodView } from "./report-view.js";

/**
 * A council's reporting periods, newest first: whoever reads the council's work reads these. It
 * also says whether the reader reviews the council's reports and opens its periods (`review_report`).
 */
export const listPeriods = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ councilId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const resource = await councilResource(ctx.db, input.councilId);
    ctx.authorize(resource);
    const periods = await listReportingPeriods(ctx.db, input.councilId);
    return { items: periods.map(periodView), total: periods.length, viewer: { review: permitOf(ctx.actor, "review_report", resource) } };
  });
