import { z } from "zod";
import { councilDashboard } from "@samspill/db";
import { IdSchema, localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";

/**
 * The secretariat's dashboard for a council: measures by status per focus area, parts per
 * municipality by status, overdue reports, budget by funding source and year. Computed in SQL,
 * in the same number of queries whatever the council's size.
 */
export const council = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ councilId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const place = await locateOwner(ctx.db, input.councilId);
    ctx.authorize({ kind: "programme", ...place, published: false });
    const rows = await councilDashboard(ctx.db, input.councilId, localDate(ctx.now()));
    return {
      councilId: input.councilId,
      measuresByFocusArea: rows.measuresByFocusArea,
      partsByMunicipality: rows.partsByMunicipality,
      overdueReports: rows.overdueReports,
      budget: rows.budget.map((row) => ({
        fundingSource: row.fundingSource,
        year: row.year,
        amount: { amountMinor: row.amountMinor, currency: row.currency },
      })),
    };
  });
