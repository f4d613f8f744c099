import { z } from "zod";
import { countFocusAreaContents, deleteFocusArea, updateWithVersion } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableFocusArea } from "./focus-area-rules.js";
import { focusAreaRowView } from "./programme-row-view.js";

/**
 * Removes an empty focus area. One with sub-themes, goals or measures is refused: the database
 * would take its sub-themes and goals with it, which nobody should do by one click.
 */
export const removeFocusArea = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { area, programme } = await editableFocusArea(trx, ctx.authorize, input.id);
      await updateWithVersion(trx, "focusArea", area.id, input.version, {});
      const contents = await countFocusAreaContents(trx, area.id);
      if (contents.subThemes + contents.goals + contents.measures > 0) {
        throw new DomainError("INVALID_STATE", { reason: "focus_area_not_empty", params: contents });
      }
      await deleteFocusArea(trx, area.id);
      await audit({
        action: "focus_area.removed", subjectType: "focus_area", subjectId: area.id, organisationId: programme.ownerId,
        before: focusAreaRowView(area),
      });
      return { id: area.id };
    }),
  );
