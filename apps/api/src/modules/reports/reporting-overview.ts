import { z } from "zod";
import { listExpectedReports, listStatusReportsByPeriod } from "@samspill/db";
import { IdSchema, localDate, reportingOverview, type ReportingState } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { authorizedPeriod, contributorMunicipalities } from "./report-access.js";

/**
 * Who has and has not reported for a period: every measure and part of the council's current
 * programmes with its state (missing, draft, submitted, returned, approved), overdue and late.
 * A contributor sees the same for their own municipality only.
 */
export const overview = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ periodId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const period = await authorizedPeriod(ctx.db, ctx.authorize, input.periodId);
    const [expected, reports] = await Promise.all([
      listExpectedReports(ctx.db, period),
      listStatusReportsByPeriod(ctx.db, period.id),
    ]);
    // A contributor's overview is their task list: their municipality's measures and parts.
    const own = contributorMunicipalities(ctx.actor);
    const mine = own ? expected.filter((item) => own.includes(item.organisationId)) : expected;
    const rows = reportingOverview(mine, reports, period.deadline, localDate(ctx.now()));
    const counts: Record<ReportingState, number> = { missing: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
    for (const row of rows) counts[row.state] += 1;
    return {
      period: { id: period.id, name: period.name, deadline: period.deadline },
      counts: { ...counts, overdue: rows.filter((row) => row.overdue).length, total: rows.length },
      items: rows.map(({ expected: item, report, state, overdue, late }) => ({
        measureId: item.measureId,
        partId: item.partId,
        measureTitle: item.measureTitle,
        scope: item.scope,
        organisationId: item.organisationId,
        organisationName: item.organisationName,
        reportId: report?.id ?? null,
        reportVersion: report?.version ?? null,
        state,
        overdue,
        late,
      })),
    };
  });
