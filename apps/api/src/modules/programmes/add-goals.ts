import { listFocusAreas, nextGoalPosition } from "@samspill/db";
import { AddGoalsInputSchema, placesOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { refuseItems } from "../../trpc/item-issues.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableProgramme } from "./programme-access.js";
import { insertAuditedGoal } from "./goal-rules.js";

/**
 * Goals from pasted lines, all or none, after the programme's last goal in the order pasted,
 * each under the focus area or sub-theme it names (or the whole programme). Same rules as `addGoal`.
 */
export const addGoals = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(AddGoalsInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const programme = await editableProgramme(trx, ctx.authorize, input.programmeId, "goals");
      const places = placesOf(input.items, await listFocusAreas(trx, programme.id));
      refuseItems(places.issues);
      let position = await nextGoalPosition(trx, programme.id);
      const goals = [];
      for (const [index, item] of input.items.entries()) {
        goals.push(await insertAuditedGoal(trx, audit, programme, {
          programmeId: programme.id, focusAreaId: places.ids[index] ?? null, title: item.title, description: "", position: position++,
        }));
      }
      return { goals };
    }),
  );
