import { insertGoal, nextGoalPosition } from "@samspill/db";
import { CreateGoalInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertInProgramme } from "./focus-area-rules.js";
import { editableProgramme } from "./programme-access.js";
import { goalRowView } from "./programme-row-view.js";

/** A goal of a draft programme, under one of its focus areas (or the programme as a whole); without a position, last. */
export const addGoal = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateGoalInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const programme = await editableProgramme(trx, ctx.authorize, input.programmeId, "goals");
      await assertInProgramme(trx, input.focusAreaId, programme.id, "focusAreaId");
      const goal = await insertGoal(trx, { ...input, position: input.position ?? (await nextGoalPosition(trx, programme.id)) });
      const after = goalRowView(goal);
      await audit({ action: "goal.added", subjectType: "goal", subjectId: goal.id, organisationId: programme.ownerId, after });
      return after;
    }),
  );
