import { z } from "zod";
import { deleteIndicatorValue, findIndicatorValueById, updateWithVersion } from "@samspill/db";
import { IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { found } from "../measures/measure-access.js";
import { VALUE_EDIT_ACTIONS } from "./indicator-access.js";
import { valueRowView } from "./indicator-view.js";
import { editableValueTarget } from "./value-access.js";

export const removeValue = procedure
  .meta({ permission: { actions: VALUE_EDIT_ACTIONS } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const value = found(await findIndicatorValueById(trx, input.id), "indicator_value");
      const { organisationId } = await editableValueTarget(trx, ctx.authorize, value.indicatorId, value.municipalityId);
      await updateWithVersion(trx, "indicatorValue", value.id, input.version, {});
      await deleteIndicatorValue(trx, value.id);
      await audit({ action: "indicator_value.removed", subjectType: "indicator_value", subjectId: value.id, organisationId, before: valueRowView(value) });
      return { id: value.id };
    }),
  );
