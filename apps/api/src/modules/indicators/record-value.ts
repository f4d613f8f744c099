import { upsertIndicatorValue } from "@samspill/db";
import { CreateIndicatorValueInputSchema, DomainError } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { VALUE_EDIT_ACTIONS } from "./indicator-access.js";
import { valueRowView } from "./indicator-view.js";
import { assertValueMunicipality, editableValueTarget } from "./value-access.js";

/**
 * Records a measured value by hand: one per indicator, municipality (or total) and date, so
 * recording the same date again corrects it. Imported values come from the SSB/Kolada import.
 */
export const recordValue = procedure
  .meta({ permission: { actions: VALUE_EDIT_ACTIONS } })
  .input(CreateIndicatorValueInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const target = await editableValueTarget(trx, ctx.authorize, input.indicatorId, input.municipalityId);
      if (input.source !== "manual") {
        throw new DomainError("INVALID_INPUT", { reason: "only_manual_values", params: { field: "source" } });
      }
      await assertValueMunicipality(trx, target, input.municipalityId);
      const value = await upsertIndicatorValue(trx, { ...input, source: "manual", importedAt: null, reportId: null });
      const after = valueRowView(value);
      await audit({ action: "indicator_value.recorded", subjectType: "indicator_value", subjectId: value.id, organisationId: target.organisationId, after });
      return after;
    }),
  );
