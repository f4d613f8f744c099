import { findObligationById, updateWithVersion } from "@samspill/db";
import { UpdateObligationInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedChild } from "./agreement-access.js";
import { obligationView } from "./agreement-view.js";
import { assertIsParty } from "./party-places.js";

export const updateObligation = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(UpdateObligationInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const { row, agreement, parties } = await authorizedChild(trx, ctx.authorize, await findObligationById(trx, id), "obligation");
      if (patch.partyId !== undefined) assertIsParty(parties, patch.partyId);
      const after = obligationView(await updateWithVersion(trx, "obligation", id, version, patch));
      await audit({
        action: "obligation.updated", subjectType: "obligation", subjectId: id, organisationId: agreement.countyId,
        before: obligationView(row), after,
      });
      return after;
    }),
  );
