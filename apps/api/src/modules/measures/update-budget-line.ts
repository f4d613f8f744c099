import { findBudgetLineById, updateWithVersion } from "@samspill/db";
import { UpdateBudgetLineInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { BUDGET_LINE_ACTIONS, editableBudgetTarget } from "./budget-line-access.js";
import { found } from "./measure-access.js";
import { budgetLineView } from "./measure-view.js";

/** Year, amount, funding source and description of a budget line, at the version read. */
export const updateBudgetLine = procedure
  .meta({ permission: { actions: BUDGET_LINE_ACTIONS } })
  .input(UpdateBudgetLineInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, amount, ...fields } = input;
      const line = found(await findBudgetLineById(trx, id), "budget_line");
      const { organisationId } = await editableBudgetTarget(trx, ctx.authorize, line.measureId, line.partId);
      const patch = { ...fields, ...(amount === undefined ? {} : { amountMinor: amount.amountMinor, currency: amount.currency }) };
      const updated = await updateWithVersion(trx, "budgetLine", id, version, patch);
      const after = budgetLineView(updated);
      await audit({ action: "budget_line.updated", subjectType: "budget_line", subjectId: id, organisationId, before: budgetLineView(line), after });
      return after;
    }),
  );
