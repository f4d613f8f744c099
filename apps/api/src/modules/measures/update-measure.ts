import { listGoalIdsOfMeasure, updateWithVersion } from "@samspill/db";
import { assertProgrammeTakes, measureEditChange, nextStatusAndProgress, UpdateMeasureInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedMeasureEdit } from "./measure-access.js";
import { assertFocusAreaInProgramme, replaceGoals, replaceObligations } from "./measure-links.js";
import { measureRowView } from "./measure-view.js";

/**
 * Edits a measure at the version read. The status moves only along the domain's transitions
 * (completed and cancelled are final), and a completed measure is at 100 %. In an adopted
 * programme only follow-up changes; its title, description, place and goals take a revision.
 */
export const updateMeasure = procedure
  .meta({ permission: { actions: ["edit_programme", "edit_local_measure"] } })
  .input(UpdateMeasureInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, goalIds, obligationIds, sdgGoals, status, progress, ...fields } = input;
      const { measure, programme } = await authorizedMeasureEdit(trx, ctx.authorize, id);
      const goalIdsBefore = await listGoalIdsOfMeasure(trx, id);
      assertProgrammeTakes(programme, measureEditChange({ ...measure, goalIds: goalIdsBefore }, { ...fields, goalIds }));
      await assertFocusAreaInProgramme(trx, fields.focusAreaId, programme.id);
      const patch = {
        ...fields,
        ...nextStatusAndProgress(measure, { status, progress }),
        ...(sdgGoals === undefined ? {} : { sdgGoals: [...new Set(sdgGoals)] }),
      };
      // The version check comes first, so a lost race answers CONFLICT before any link changes.
      const updated = await updateWithVersion(trx, "measure", id, version, patch);
      const before = { ...measureRowView(measure), ...(goalIds === undefined ? {} : { goalIds: goalIdsBefore }) };
      const links = {
        ...(goalIds === undefined ? {} : { goalIds: await replaceGoals(trx, id, programme.id, goalIds) }),
        ...(obligationIds === undefined ? {} : { obligationIds: await replaceObligations(trx, id, programme.ownerId, obligationIds) }),
      };
      const after = { ...measureRowView(updated), ...links };
      await audit({ action: "measure.updated", subjectType: "measure", subjectId: id, organisationId: measure.ownerId, before, after });
      return after;
    }),
  );
