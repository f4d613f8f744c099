import { z } from "zod";
import { countIndicatorsOfGoal, deleteGoal, updateWithVersion } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableGoal } from "./goal-rules.js";
import { goalRowView } from "./programme-row-view.js";

/**
 * Removes a goal; measures stop serving it. A goal with outcome indicators is refused, since
 * the indicators and their measured values would go with it.
 */
export const removeGoal = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { goal, programme } = await editableGoal(trx, ctx.authorize, input.id);
      await updateWithVersion(trx, "goal", goal.id, input.version, {});
      const indicators = await countIndicatorsOfGoal(trx, goal.id);
      if (indicators > 0) throw new DomainError("INVALID_STATE", { reason: "goal_has_indicators", params: { indicators } });
      await deleteGoal(trx, goal.id);
      await audit({
        action: "goal.removed", subjectType: "goal", subjectId: goal.id, organisationId: programme.ownerId, before: goalRowView(goal),
      });
      return { id: goal.id };
    }),
  );
