import { z } from "zod";
import { listFocusAreas, updateWithVersion } from "@samspill/db";
import { DomainError, IdSchema, PositionSchema, VersionSchema, wouldCreateCycle } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertInProgramme, editableFocusArea } from "./focus-area-rules.js";
import { focusAreaRowView } from "./programme-row-view.js";

/** Moves a focus area to a new position, under another parent of the same programme or to the top. */
export const moveFocusArea = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema, parentId: IdSchema.nullable(), position: PositionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { area, programme } = await editableFocusArea(trx, ctx.authorize, input.id);
      await assertInProgramme(trx, input.parentId, programme.id, "parentId");
      if (wouldCreateCycle(await listFocusAreas(trx, programme.id), area.id, input.parentId)) {
        throw new DomainError("INVALID_INPUT", { reason: "focus_area_cycle", params: { field: "parentId" } });
      }
      const updated = await updateWithVersion(trx, "focusArea", area.id, input.version, {
        parentId: input.parentId,
        position: input.position,
      });
      const after = focusAreaRowView(updated);
      await audit({
        action: "focus_area.moved", subjectType: "focus_area", subjectId: area.id, organisationId: programme.ownerId,
        before: focusAreaRowView(area), after,
      });
      return after;
    }),
  );
