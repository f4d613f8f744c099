import { z } from "zod";
import {
  listCouncilBudget, listOverdueReports, measureStatusByFocusArea, partStatusByMunicipality, reportingOfPeriods,
} from "@samspill/db";
import { IdSchema, localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";

/**
 * The secretariat's dashboard for a council: per top-level focus area of each current programme
 * its measures by status, the parts per municipality by status, reporting per period, the
 * overdue reports, and the budget by funding source and year — the figures of
 * packages/domain/FIGURES.md. The same number of queries whatever the council's size.
 */
export const council = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ councilId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const place = await locateOwner(ctx.db, input.councilId);
    ctx.authorize({ kind: "programme", ...place, published: false });
    const today = localDate(ctx.now());
    const [byFocusArea, parts, reporting, overdue, budget] = await Promise.all([
      measureStatusByFocusArea(ctx.db, input.councilId),
      partStatusByMunicipality(ctx.db, input.councilId),
      reportingOfPeriods(ctx.db, { councilId: input.councilId }, today, ctx.reporting),
      listOverdueReports(ctx.db, input.councilId, today, ctx.reporting),
      listCouncilBudget(ctx.db, input.councilId),
    ]);
    return {
      councilId: input.councilId,
      programmes: byFocusArea.programmes,
      measuresByFocusArea: byFocusArea.focusAreas,
      partsByMunicipality: parts,
      reporting: reporting.map(({ figures, ...period }) => ({ ...period, ...figures })),
      overdueReports: overdue,
      budget: budget.map((row) => ({
        fundingSource: row.fundingSource,
        year: row.year,
        amount: { amountMinor: row.amountMinor, currency: row.currency },
      })),
    };
  });
