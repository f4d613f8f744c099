import { findAgreementPartyById, updateWithVersion } from "@samspill/db";
import { UpdateAgreementPartyInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement, found } from "./agreement-access.js";
import { partyView } from "./agreement-view.js";

/** Who signed for a party and when. */
export const updateAgreementParty = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(UpdateAgreementPartyInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const party = found(await findAgreementPartyById(trx, id), "agreement_party");
      const { agreement } = await authorizedAgreement(trx, ctx.authorize, party.agreementId);
      const after = partyView(await updateWithVersion(trx, "agreementParty", id, version, patch));
      await audit({
        action: "agreement.party_updated", subjectType: "agreement", subjectId: agreement.id, organisationId: agreement.countyId,
        before: partyView(party), after,
      });
      return after;
    }),
  );
