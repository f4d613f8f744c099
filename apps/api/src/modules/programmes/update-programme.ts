import { updateWithVersion } from "@samspill/db";
import { DomainError, isOrderedRange, UpdateProgrammeInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertOwnStrategy } from "./create-programme.js";
import { editableProgramme } from "./programme-access.js";
import { programmeRowView } from "./programme-row-view.js";

/** Title, introduction, period and strategy of a draft, at the version read. */
export const updateProgramme = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(UpdateProgrammeInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const programme = await editableProgramme(trx, ctx.authorize, id, "programme_details");
      await assertOwnStrategy(trx, patch.strategyId, programme.ownerId);
      // The input checks the bounds it names; the merged period must be ordered too.
      if (!isOrderedRange(patch.periodStart ?? programme.periodStart, patch.periodEnd ?? programme.periodEnd)) {
        throw new DomainError("INVALID_INPUT", { reason: "range_not_ordered", params: { startKey: "periodStart", endKey: "periodEnd" } });
      }
      const updated = await updateWithVersion(trx, "programme", id, version, patch);
      const after = programmeRowView(updated);
      await audit({
        action: "programme.updated", subjectType: "programme", subjectId: id, organisationId: programme.ownerId,
        before: programmeRowView(programme), after,
      });
      return after;
    }),
  );
