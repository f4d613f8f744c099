import { z } from "zod";
import { deleteIndicator as deleteIndicatorRow, updateWithVersion } from "@samspill/db";
import { IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableIndicator, INDICATOR_EDIT_ACTIONS } from "./indicator-access.js";
import { indicatorRowView } from "./indicator-view.js";

/** Deletes an indicator with its values, at the version read. */
export const deleteIndicator = procedure
  .meta({ permission: { actions: INDICATOR_EDIT_ACTIONS } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { indicator, place } = await editableIndicator(trx, ctx.authorize, input.id);
      await updateWithVersion(trx, "indicator", indicator.id, input.version, {});
      await deleteIndicatorRow(trx, indicator.id);
      await audit({
        action: "indicator.deleted", subjectType: "indicator", subjectId: indicator.id, organisationId: place.organisationId,
        before: indicatorRowView(indicator),
      });
      return { id: indicator.id };
    }),
  );
