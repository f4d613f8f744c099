import { z } from "zod";
import { listValuesOfIndicators } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { readableIndicator } from "./indicator-access.js";
import { withSeries } from "./indicator-view.js";

/** One indicator with its values over time, as one series for the total and one per municipality. */
export const getIndicator = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const { indicator, place } = await readableIndicator(ctx.db, ctx.authorize, input.id);
    const values = await listValuesOfIndicators(ctx.db, [indicator.id]);
    const [view] = withSeries([indicator], values);
    return { ...view, programmeId: place.programme.id };
  });
