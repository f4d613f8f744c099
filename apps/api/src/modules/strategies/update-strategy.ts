import { updateWithVersion } from "@samspill/db";
import { DomainError, isOrderedRange, UpdateStrategyInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedStrategy, strategyView } from "./strategy-access.js";

/** Title, vision, overarching goal, description, period (and publication) of a strategy, at the version read. */
export const updateStrategy = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(UpdateStrategyInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const strategy = await authorizedStrategy(trx, ctx.authorize, id);
      const start = patch.periodStart === undefined ? strategy.periodStart : patch.periodStart;
      const end = patch.periodEnd === undefined ? strategy.periodEnd : patch.periodEnd;
      if (!isOrderedRange(start, end)) {
        throw new DomainError("INVALID_INPUT", { reason: "range_not_ordered", params: { startKey: "periodStart", endKey: "periodEnd" } });
      }
      const updated = await updateWithVersion(trx, "strategy", id, version, patch);
      const after = strategyView(updated);
      await audit({
        action: "strategy.updated", subjectType: "strategy", subjectId: id, organisationId: strategy.ownerId,
        before: strategyView(strategy), after,
      });
      return after;
    }),
  );
