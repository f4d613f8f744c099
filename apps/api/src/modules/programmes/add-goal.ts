import { nextGoalPosition } from "@samspill/db";
import { CreateGoalInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertInProgramme } from "./focus-area-rules.js";
import { insertAuditedGoal } from "./goal-rules.js";
import { editableProgramme } from "./programme-access.js";

/** A goal of a draft programme, under one of its focus areas (or the programme as a whole); without a position, last. */
export const addGoal = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateGoalInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const programme = await editableProgramme(trx, ctx.authorize, input.programmeId, "goals");
      await assertInProgramme(trx, input.focusAreaId, programme.id, "focusAreaId");
      return insertAuditedGoal(trx, audit, programme, { ...input, position: input.position ?? (await nextGoalPosition(trx, programme.id)) });
    }),
  );
