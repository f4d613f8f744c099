import { z } from "zod";
import { listMunicipalitiesOfIndicator } from "@samspill/db";
import { IdSchema, regionsToImport, sourceBindingOf } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { readableIndicator } from "./indicator-access.js";

/**
 * Whose figures an import brings: the indicator's municipalities with their official codes,
 * the regions asked for without a binding of its own, and those the current binding asks for.
 */
export const sourceRegions = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const { indicator } = await readableIndicator(ctx.db, ctx.authorize, input.id);
    const municipalities = await listMunicipalitiesOfIndicator(ctx.db, indicator, isoDay(ctx.now()));
    const defaults = regionsToImport({}, indicator, municipalities);
    const binding = sourceBindingOf(indicator);
    return {
      municipalities,
      defaultRegions: defaults,
      regions: binding ? regionsToImport(binding, indicator, municipalities) : [],
    };
  });
