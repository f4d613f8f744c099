import { z } from "zod";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { authorizedStrategy, strategyView } from "./strategy-access.js";

/** One strategy: its vision, overarching goal and period. */
export const getStrategy = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => strategyView(await authorizedStrategy(ctx.db, ctx.authorize, input.id)));
