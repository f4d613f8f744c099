import { CreateMeasurePartInputSchema } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { budgetShareColumns } from "./measure-view.js";
import { assertMemberOfOwner, insertPart, measureTakingParts } from "./part-addition.js";

/** Gives one member municipality its part of a shared measure (see part-addition.ts for who may). */
export const addMeasurePart = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateMeasurePartInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { programme } = await measureTakingParts(trx, ctx.authorize, input.measureId);
      await assertMemberOfOwner(trx, programme, input.municipalityId, isoDay(ctx.now()), "municipalityId");
      const { budgetShare, ...values } = input;
      return insertPart(trx, audit, { ...values, ...budgetShareColumns(budgetShare) });
    }),
  );
