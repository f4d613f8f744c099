import { z } from "zod";
import { updateWithVersion } from "@samspill/db";
import { IdSchema, SDG_GOALS, SdgGoalSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableMeasure } from "./measure-access.js";
import { measureRowView } from "./measure-view.js";

/** Replaces the UN Sustainable Development Goals a measure is tagged with. */
export const setMeasureSdgGoals = procedure
  .meta({ permission: { actions: ["edit_programme", "edit_local_measure"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema, sdgGoals: z.array(SdgGoalSchema).max(SDG_GOALS.length) }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { measure } = await editableMeasure(trx, ctx.authorize, input.id, "measure_follow_up");
      const sdgGoals = [...new Set(input.sdgGoals)].sort((a, b) => a - b);
      const updated = await updateWithVersion(trx, "measure", measure.id, input.version, { sdgGoals });
      const after = measureRowView(updated);
      await audit({
        action: "measure.sdg_goals_set", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId,
        before: { sdgGoals: measureRowView(measure).sdgGoals }, after: { sdgGoals: after.sdgGoals },
      });
      return after;
    }),
  );
