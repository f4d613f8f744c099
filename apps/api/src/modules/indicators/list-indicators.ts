import { z } from "zod";
import { listValuesOfIndicators, pageIndicators } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { pageFields } from "../programmes/page-input.js";
import { placeOfOwner } from "./indicator-access.js";
import { withSeries } from "./indicator-view.js";

export const ListIndicatorsInputSchema = z
  .strictObject({ goalId: IdSchema.optional(), measureId: IdSchema.optional(), ...pageFields })
  .superRefine((value, ctx) => {
    if ((value.goalId === undefined) === (value.measureId === undefined)) {
      ctx.addIssue({ code: "custom", path: ["goalId"], message: "give either goalId or measureId" });
    }
  });

/** The outcome indicators of a goal or the output indicators of a measure, each with its values as series. */
export const listIndicators = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(ListIndicatorsInputSchema)
  .query(async ({ ctx, input }) => {
    const place = await placeOfOwner(ctx.db, { goalId: input.goalId ?? null, measureId: input.measureId ?? null });
    ctx.authorize(place.resource);
    const owner = input.measureId ? { measureId: input.measureId } : { goalId: input.goalId ?? "" };
    const page = await pageIndicators(ctx.db, owner, input);
    const values = await listValuesOfIndicators(ctx.db, page.items.map((indicator) => indicator.id));
    return { items: withSeries(page.items, values), total: page.total };
  });
