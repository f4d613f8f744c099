import { z } from "zod";
import { IdSchema, localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { periodItems } from "./period-items.js";
import { authorizedPeriod, contributorMunicipalities } from "./report-access.js";

/**
 * Who has and has not reported for a period: every expected report (packages/domain/FIGURES.md)
 * with its state (missing, draft, submitted, returned, approved), overdue and late, and the
 * period's figures — the same the dashboards show. A contributor sees the same for their own
 * municipality only.
 */
export const overview = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ periodId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const period = await authorizedPeriod(ctx.db, ctx.authorize, input.periodId);
    // A contributor's overview is their task list: their municipality's measures and parts.
    const { items, figures } = await periodItems(ctx.db, period, localDate(ctx.now()), contributorMunicipalities(ctx.actor));
    return {
      period: { id: period.id, name: period.name, deadline: period.deadline },
      counts: { ...figures, total: figures.expected },
      items: items.map((item) => ({
        measureId: item.measureId,
        partId: item.partId,
        measureTitle: item.measureTitle,
        scope: item.scope,
        organisationId: item.organisationId,
        organisationName: item.organisationName,
        reportId: item.reportId,
        reportVersion: item.reportVersion,
        state: item.state,
        overdue: item.overdue,
        late: item.late,
      })),
    };
  });
