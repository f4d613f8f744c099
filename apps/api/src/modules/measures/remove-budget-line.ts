import { z } from "zod";
import { deleteBudgetLine, findBudgetLineById, updateWithVersion } from "@samspill/db";
import { IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { BUDGET_LINE_ACTIONS, editableBudgetTarget } from "./budget-line-access.js";
import { found } from "./measure-access.js";
import { budgetLineView } from "./measure-view.js";

export const removeBudgetLine = procedure
  .meta({ permission: { actions: BUDGET_LINE_ACTIONS } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const line = found(await findBudgetLineById(trx, input.id), "budget_line");
      const { organisationId } = await editableBudgetTarget(trx, ctx.authorize, line.measureId, line.partId);
      await updateWithVersion(trx, "budgetLine", line.id, input.version, {});
      await deleteBudgetLine(trx, line.id);
      await audit({ action: "budget_line.removed", subjectType: "budget_line", subjectId: line.id, organisationId, before: budgetLineView(line) });
      return { id: line.id };
    }),
  );
