import { countObligationsOfParty, deleteAgreementRow, findAgreementPartyById, updateWithVersion } from "@samspill/db";
import { DomainError, storedCounterparts, IdSchema, VersionSchema } from "@samspill/domain";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement, found } from "./agreement-access.js";
import { partyView } from "./agreement-view.js";

/**
 * Removes a party. The county stays a party of its own agreement, an agreement keeps its
 * council or municipality, and a party with obligations keeps them until they are moved.
 */
export const removeAgreementParty = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const party = found(await findAgreementPartyById(trx, input.id), "agreement_party");
      const { agreement, parties } = await authorizedAgreement(trx, ctx.authorize, party.agreementId);
      if (party.organisationId === agreement.countyId) throw new DomainError("INVALID_STATE", { reason: "county_party_required" });
      const left = storedCounterparts(parties.filter((row) => row.id !== party.id));
      if (!left.councilId && !left.municipalityId) {
        throw new DomainError("INVALID_STATE", { reason: "agreement_needs_council_or_municipality" });
      }
      if ((await countObligationsOfParty(trx, agreement.id, party.organisationId)) > 0) {
        throw new DomainError("INVALID_STATE", { reason: "party_has_obligations" });
      }
      await updateWithVersion(trx, "agreementParty", party.id, input.version, {});
      await deleteAgreementRow(trx, "agreementParty", party.id);
      await audit({
        action: "agreement.party_removed", subjectType: "agreement", subjectId: agreement.id, organisationId: agreement.countyId,
        before: partyView(party),
      });
      return { id: party.id };
    }),
  );
