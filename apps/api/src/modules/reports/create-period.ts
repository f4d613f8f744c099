import { insertReportingPeriod } from "@samspill/db";
import { CreateReportingPeriodInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { councilResource } from "./report-access.js";
import { periodView } from "./report-view.js";

/** The secretariat opens a reporting period with its deadline (never before the period starts). */
export const createPeriod = procedure
  .meta({ permission: { actions: ["review_report"] } })
  .input(CreateReportingPeriodInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      ctx.authorize(await councilResource(trx, input.councilId));
      const period = periodView(await insertReportingPeriod(trx, input));
      await audit({
        action: "reporting_period.created", subjectType: "reporting_period", subjectId: period.id,
        organisationId: period.councilId, after: period,
      });
      return period;
    }),
  );
