import { insertStrategy } from "@samspill/db";
import { CreateStrategyInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { ownerResource } from "../programmes/programme-access.js";
import { strategyView } from "./strategy-access.js";

/** The secretariat writes down the council's long view: vision, overarching goal, period. */
export const createStrategy = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateStrategyInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      ctx.authorize(await ownerResource(trx, input.ownerId, false));
      const strategy = await insertStrategy(trx, input);
      const after = strategyView(strategy);
      await audit({ action: "strategy.created", subjectType: "strategy", subjectId: strategy.id, organisationId: strategy.ownerId, after });
      return after;
    }),
  );
