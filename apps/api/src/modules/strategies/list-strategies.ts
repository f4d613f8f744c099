import { z } from "zod";
import { pageStrategiesByOwner } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { pageFields } from "../programmes/page-input.js";
import { listScope } from "../programmes/programme-access.js";
import { strategyView } from "./strategy-access.js";

/** An owner's strategies: all for its council, members and county, the published ones for others. */
export const listStrategies = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ ownerId: IdSchema, ...pageFields }))
  .query(async ({ ctx, input }) => {
    const { resource, publishedOnly } = await listScope(ctx.db, ctx.actor, "read_programme", input.ownerId);
    ctx.authorize(resource);
    const page = await pageStrategiesByOwner(ctx.db, { ...input, publishedOnly });
    return { total: page.total, items: page.items.map(strategyView) };
  });
