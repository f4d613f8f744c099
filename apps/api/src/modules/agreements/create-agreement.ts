import { insertAgreement, insertAgreementParty } from "@samspill/db";
import { agreementCounterparts, CreatePartnershipAgreementInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { agreementResource } from "./agreement-access.js";
import { agreementView, partyView } from "./agreement-view.js";
import { assertCounty, partyPlacesOf } from "./party-places.js";

/**
 * A county official records an agreement of their county with a council or a municipality.
 * The county is always a party itself (with its signatory when the input names it).
 */
export const createAgreement = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(CreatePartnershipAgreementInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { parties, ...fields } = input;
    const withCounty = parties.some((party) => party.organisationId === input.countyId)
      ? parties
      : [{ organisationId: input.countyId, signatoryName: null, signatoryTitle: null, signedOn: null }, ...parties];
    return inMutation(ctx, async (trx, audit) => {
      const places = await partyPlacesOf(trx, withCounty.map((party) => party.organisationId));
      ctx.authorize(agreementResource(input.countyId, places));
      assertCounty(places, input.countyId);
      agreementCounterparts(input.countyId, places);

      const agreement = await insertAgreement(trx, fields);
      const rows = [];
      for (const party of withCounty) rows.push(await insertAgreementParty(trx, { agreementId: agreement.id, ...party }));
      const after = { ...agreementView(agreement), parties: rows.map(partyView) };
      await audit({ action: "agreement.created", subjectType: "agreement", subjectId: agreement.id, organisationId: agreement.countyId, after });
      return after;
    });
  });
