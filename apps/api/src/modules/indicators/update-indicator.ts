import { updateWithVersion } from "@samspill/db";
import { UpdateIndicatorInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableIndicator, INDICATOR_EDIT_ACTIONS } from "./indicator-access.js";
import { indicatorRowView } from "./indicator-view.js";

/** Name, unit, baseline, target and per-municipality flag; kind and owner stay. */
export const updateIndicator = procedure
  .meta({ permission: { actions: INDICATOR_EDIT_ACTIONS } })
  .input(UpdateIndicatorInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const { indicator, place } = await editableIndicator(trx, ctx.authorize, id);
      const updated = await updateWithVersion(trx, "indicator", id, version, patch);
      const after = indicatorRowView(updated);
      await audit({
        action: "indicator.updated", subjectType: "indicator", subjectId: id, organisationId: place.organisationId,
        before: indicatorRowView(indicator), after,
      });
      return after;
    }),
  );
