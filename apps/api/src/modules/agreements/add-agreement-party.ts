import { insertAgreementParty } from "@samspill/db";
import { AgreementPartyInputSchema, agreementCounterparts, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement } from "./agreement-access.js";
import { partyView } from "./agreement-view.js";
import { partyPlacesOf } from "./party-places.js";

/** Adds a party (a partner, or the council or municipality the agreement is held with) and its signatory. */
export const addAgreementParty = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(AgreementPartyInputSchema.extend({ agreementId: IdSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { agreementId, ...party } = input;
      const { agreement, parties } = await authorizedAgreement(trx, ctx.authorize, agreementId);
      const places = await partyPlacesOf(trx, [...parties.map((row) => row.organisationId), party.organisationId]);
      agreementCounterparts(agreement.countyId, places);
      const row = await insertAgreementParty(trx, { agreementId, ...party });
      const after = partyView(row);
      await audit({ action: "agreement.party_added", subjectType: "agreement", subjectId: agreementId, organisationId: agreement.countyId, after });
      return after;
    }),
  );
