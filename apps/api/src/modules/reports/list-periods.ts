import { z } from "zod";
import { listReportingPeriods } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { councilResource } from "./report-access.js";
import { periodView } from "./report-view.js";

/** A council's reporting periods, newest first: whoever reads the council's work reads these. */
export const listPeriods = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ councilId: IdSchema }))
  .query(async ({ ctx, input }) => {
    ctx.authorize(await councilResource(ctx.db, input.councilId));
    const periods = await listReportingPeriods(ctx.db, input.councilId);
    return { items: periods.map(periodView), total: periods.length };
  });
