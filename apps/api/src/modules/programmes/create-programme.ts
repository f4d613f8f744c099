import { findStrategyById, insertProgramme, type Executor } from "@samspill/db";
import { CreateProgrammeInputSchema, DomainError } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { ownerResource } from "./programme-access.js";
import { programmeRowView } from "./programme-row-view.js";

/** A programme belongs to a strategy of its own owner, never to another council's. */
export async function assertOwnStrategy(db: Executor, strategyId: string | null | undefined, ownerId: string): Promise<void> {
  if (!strategyId) return;
  const strategy = await findStrategyById(db, strategyId);
  if (strategy?.ownerId !== ownerId) {
    throw new DomainError("INVALID_INPUT", { reason: "strategy_of_other_owner", params: { field: "strategyId" } });
  }
}

/** The secretariat opens a new action programme; it starts as an unpublished draft, revision 1. */
export const createProgramme = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateProgrammeInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      ctx.authorize(await ownerResource(trx, input.ownerId, false));
      await assertOwnStrategy(trx, input.strategyId, input.ownerId);
      const programme = await insertProgramme(trx, { ...input, status: "draft", revision: 1, published: false });
      const after = programmeRowView(programme);
      await audit({ action: "programme.created", subjectType: "programme", subjectId: programme.id, organisationId: programme.ownerId, after });
      return after;
    }),
  );
