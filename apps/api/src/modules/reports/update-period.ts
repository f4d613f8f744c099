import { updateWithVersion } from "@samspill/db";
import { DomainError, isOrderedRange, UpdateReportingPeriodInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedPeriod } from "./report-access.js";
import { periodView } from "./report-view.js";

/** Renames a period or moves its dates; the merged dates must still be in order. */
export const updatePeriod = procedure
  .meta({ permission: { actions: ["review_report"] } })
  .input(UpdateReportingPeriodInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const before = await authorizedPeriod(trx, ctx.authorize, id);
      const merged = { ...before, ...patch };
      // The schema checks only the fields sent; the stored ones count too.
      if (!isOrderedRange(merged.periodStart, merged.periodEnd)) throw outOfOrder("periodEnd");
      if (!isOrderedRange(merged.periodStart, merged.deadline)) throw outOfOrder("deadline");
      const after = periodView(await updateWithVersion(trx, "reportingPeriod", id, version, patch));
      await audit({
        action: "reporting_period.updated", subjectType: "reporting_period", subjectId: id,
        organisationId: before.councilId, before: periodView(before), after,
      });
      return after;
    }),
  );

function outOfOrder(field: string): DomainError {
  return new DomainError("INVALID_INPUT", { reason: "range_not_ordered", params: { field } });
}
