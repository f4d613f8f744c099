import { z } from "zod";
import { IdSchema, localDate, permitOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";
import { periodItems } from "./period-items.js";
import { authorizedPeriod, contributorMunicipalities, reportResource } from "./report-access.js";

/**
 * Who has and has not reported for a period: every expected report (packages/domain/FIGURES.md)
 * with its state (missing, draft, submitted, returned, approved), overdue and late, and the
 * period's figures — the same the dashboards show. A contributor sees the same for their own
 * municipality only. Each says whether the reader may write its report (`submit_report`), so the
 * overview links a report not yet started only for those who may start it.
 */
export const overview = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ periodId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const period = await authorizedPeriod(ctx.db, ctx.authorize, input.periodId);
    // A contributor's overview is their task list: their municipality's measures and parts.
    const [{ items, figures }, place] = await Promise.all([
      periodItems(ctx.db, period, localDate(ctx.now()), contributorMunicipalities(ctx.actor)),
      locateOwner(ctx.db, period.councilId),
    ]);
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
        viewer: {
          write: permitOf(ctx.actor, "submit_report", reportResource(place, { scope: item.scope, partId: item.partId, reporterId: item.organisationId })),
        },
      })),
    };
  });
