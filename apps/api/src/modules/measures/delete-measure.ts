import { z } from "zod";
import { countMeasureDependants, deleteMeasure as deleteMeasureRow, updateWithVersion } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableMeasure } from "./measure-access.js";
import { measureRowView } from "./measure-view.js";

/**
 * Deletes a measure with its parts, budget lines and indicators. A measure that has been
 * reported on, or carried forward into a revision, is history and is refused: cancel it instead.
 */
export const deleteMeasure = procedure
  .meta({ permission: { actions: ["edit_programme", "edit_local_measure"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { measure } = await editableMeasure(trx, ctx.authorize, input.id, "measures_added_or_removed");
      await updateWithVersion(trx, "measure", measure.id, input.version, {});
      const { reports, successors } = await countMeasureDependants(trx, measure.id);
      if (reports > 0) throw new DomainError("INVALID_STATE", { reason: "measure_has_reports", params: { reports } });
      if (successors > 0) throw new DomainError("INVALID_STATE", { reason: "measure_carried_forward", params: { successors } });
      await deleteMeasureRow(trx, measure.id);
      await audit({
        action: "measure.deleted", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId, before: measureRowView(measure),
      });
      return { id: measure.id };
    }),
  );
