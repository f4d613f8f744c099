import { z } from "zod";
import { updateWithVersion } from "@samspill/db";
import { IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedStrategy, strategyView } from "./strategy-access.js";

/** Publishes a strategy for everyone to read, or takes it back. */
export const setStrategyPublished = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema, published: z.boolean() }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const strategy = await authorizedStrategy(trx, ctx.authorize, input.id);
      const updated = await updateWithVersion(trx, "strategy", strategy.id, input.version, { published: input.published });
      const after = strategyView(updated);
      await audit({
        action: input.published ? "strategy.published" : "strategy.unpublished", subjectType: "strategy",
        subjectId: strategy.id, organisationId: strategy.ownerId, before: strategyView(strategy), after,
      });
      return after;
    }),
  );
