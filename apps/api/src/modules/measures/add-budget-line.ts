import { insertBudgetLine } from "@samspill/db";
import { CreateBudgetLineInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { BUDGET_LINE_ACTIONS, editableBudgetTarget } from "./budget-line-access.js";
import { budgetLineView } from "./measure-view.js";

/** Money for one year and funding source, on a measure or on one municipality's part of it. */
export const addBudgetLine = procedure
  .meta({ permission: { actions: BUDGET_LINE_ACTIONS } })
  .input(CreateBudgetLineInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { organisationId } = await editableBudgetTarget(trx, ctx.authorize, input.measureId, input.partId);
      const { amount, ...values } = input;
      const line = await insertBudgetLine(trx, { ...values, amountMinor: amount.amountMinor, currency: amount.currency });
      const after = budgetLineView(line);
      await audit({ action: "budget_line.added", subjectType: "budget_line", subjectId: line.id, organisationId, after });
      return after;
    }),
  );
