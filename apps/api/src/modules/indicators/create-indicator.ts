import { insertIndicator } from "@samspill/db";
import { assertProgrammeTakes, CreateIndicatorInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { INDICATOR_EDIT_ACTIONS, placeOfOwner } from "./indicator-access.js";
import { indicatorRowView } from "./indicator-view.js";

/** An outcome indicator on a goal or an output indicator on a measure (the schema enforces which). */
export const createIndicator = procedure
  .meta({ permission: { actions: INDICATOR_EDIT_ACTIONS } })
  .input(CreateIndicatorInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const place = await placeOfOwner(trx, input);
      ctx.authorize(place.resource, place.editAction);
      assertProgrammeTakes(place.programme, "indicators");
      const indicator = await insertIndicator(trx, input);
      const after = indicatorRowView(indicator);
      await audit({ action: "indicator.created", subjectType: "indicator", subjectId: indicator.id, organisationId: place.organisationId, after });
      return after;
    }),
  );
