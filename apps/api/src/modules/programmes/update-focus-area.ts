import { updateWithVersion } from "@samspill/db";
import { UpdateFocusAreaInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableFocusArea } from "./focus-area-rules.js";
import { focusAreaRowView } from "./programme-row-view.js";

// Where an area sits in the tree changes through moveFocusArea, which guards against cycles.
const UpdateFocusAreaTextSchema = UpdateFocusAreaInputSchema.omit({ parentId: true, position: true });

/** Title, heading and description of a focus area or sub-theme. */
export const updateFocusArea = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(UpdateFocusAreaTextSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const { area, programme } = await editableFocusArea(trx, ctx.authorize, id);
      const updated = await updateWithVersion(trx, "focusArea", id, version, patch);
      const after = focusAreaRowView(updated);
      await audit({
        action: "focus_area.updated", subjectType: "focus_area", subjectId: id, organisationId: programme.ownerId,
        before: focusAreaRowView(area), after,
      });
      return after;
    }),
  );
