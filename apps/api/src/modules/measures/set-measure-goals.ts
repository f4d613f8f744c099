import { z } from "zod";
import { listGoalIdsOfMeasure, updateWithVersion } from "@samspill/db";
import { assertProgrammeTakes, IdSchema, measureEditChange, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedMeasureEdit } from "./measure-access.js";
import { replaceGoals } from "./measure-links.js";

/** Replaces the goals a measure serves; they must be goals of its own programme. */
export const setMeasureGoals = procedure
  .meta({ permission: { actions: ["edit_programme", "edit_local_measure"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema, goalIds: z.array(IdSchema).max(200) }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { measure, programme } = await authorizedMeasureEdit(trx, ctx.authorize, input.id);
      const before = { goalIds: await listGoalIdsOfMeasure(trx, measure.id) };
      // The goals a measure serves are the council's decision: in an adopted programme, a revision's.
      assertProgrammeTakes(programme, measureEditChange({ ...measure, ...before }, { goalIds: input.goalIds }));
      // The links live in their own table; bumping the measure's version makes them part of its edit.
      const updated = await updateWithVersion(trx, "measure", measure.id, input.version, {});
      const after = { goalIds: await replaceGoals(trx, measure.id, programme.id, input.goalIds) };
      await audit({ action: "measure.goals_set", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId, before, after });
      return { id: measure.id, version: updated.version, ...after };
    }),
  );
