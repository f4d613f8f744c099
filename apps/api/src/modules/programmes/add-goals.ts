import { insertGoal, listFocusAreas, nextGoalPosition } from "@samspill/db";
import { AddGoalsInputSchema, placesOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { refuseItems } from "../../trpc/item-issues.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableProgramme } from "./programme-access.js";
import { goalRowView } from "./programme-row-view.js";

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
        const goal = await insertGoal(trx, {
          programmeId: programme.id, focusAreaId: places.ids[index] ?? null, title: item.title, description: "", position: position++,
        });
        const after = goalRowView(goal);
        await audit({ action: "goal.added", subjectType: "goal", subjectId: goal.id, organisationId: programme.ownerId, after });
        goals.push(after);
      }
      return { goals };
    }),
  );
