import { insertObligation } from "@samspill/db";
import { CreateObligationInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement } from "./agreement-access.js";
import { obligationView } from "./agreement-view.js";
import { assertIsParty } from "./party-places.js";

/** What one party of the agreement commits to. */
export const addObligation = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(CreateObligationInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { agreement, parties } = await authorizedAgreement(trx, ctx.authorize, input.agreementId);
      assertIsParty(parties, input.partyId);
      const after = obligationView(await insertObligation(trx, input));
      await audit({ action: "obligation.created", subjectType: "obligation", subjectId: after.id, organisationId: agreement.countyId, after });
      return after;
    }),
  );
