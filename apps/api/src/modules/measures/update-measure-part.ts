import { updateWithVersion } from "@samspill/db";
import { nextStatusAndProgress, UpdateMeasurePartInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editablePart } from "./measure-access.js";
import { budgetShareColumns, partRowView } from "./measure-view.js";

/**
 * A municipality keeps its own part up to date (the secretariat may too); another
 * municipality's part is refused as FORBIDDEN `not_own_municipality`.
 */
export const updateMeasurePart = procedure
  .meta({ permission: { actions: ["edit_measure_part"] } })
  .input(UpdateMeasurePartInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, status, progress, budgetShare, ...fields } = input;
      const { part } = await editablePart(trx, ctx.authorize, id);
      const patch = {
        ...fields,
        ...nextStatusAndProgress(part, { status, progress }),
        ...(budgetShare === undefined ? {} : budgetShareColumns(budgetShare)),
      };
      const updated = await updateWithVersion(trx, "measurePart", id, version, patch);
      const after = partRowView(updated);
      await audit({
        action: "measure_part.updated", subjectType: "measure_part", subjectId: id, organisationId: part.municipalityId,
        before: partRowView(part), after,
      });
      return after;
    }),
  );
