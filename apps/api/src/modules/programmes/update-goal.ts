import { updateWithVersion } from "@samspill/db";
import { UpdateGoalInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertInProgramme } from "./focus-area-rules.js";
import { editableGoal } from "./goal-rules.js";
import { goalRowView } from "./programme-row-view.js";

/** Title, description, position and focus area of a goal, at the version read. */
export const updateGoal = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(UpdateGoalInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const { goal, programme } = await editableGoal(trx, ctx.authorize, id);
      await assertInProgramme(trx, patch.focusAreaId, programme.id, "focusAreaId");
      const updated = await updateWithVersion(trx, "goal", id, version, patch);
      const after = goalRowView(updated);
      await audit({
        action: "goal.updated", subjectType: "goal", subjectId: id, organisationId: programme.ownerId,
        before: goalRowView(goal), after,
      });
      return after;
    }),
  );
