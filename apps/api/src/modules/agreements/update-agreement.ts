import { updateWithVersion } from "@samspill/db";
import { DomainError, isOrderedRange, UpdatePartnershipAgreementInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement } from "./agreement-access.js";
import { agreementView } from "./agreement-view.js";

/** Title, description, status, period and case number of an agreement, at the version read. */
export const updateAgreement = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(UpdatePartnershipAgreementInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const { agreement } = await authorizedAgreement(trx, ctx.authorize, id);
      // The input checks the bounds it names; the merged period must be ordered too.
      if (!isOrderedRange(patch.periodStart ?? agreement.periodStart, patch.periodEnd ?? agreement.periodEnd)) {
        throw new DomainError("INVALID_INPUT", { reason: "range_not_ordered", params: { startKey: "periodStart", endKey: "periodEnd" } });
      }
      const updated = await updateWithVersion(trx, "partnershipAgreement", id, version, patch);
      const after = agreementView(updated);
      await audit({
        action: "agreement.updated", subjectType: "agreement", subjectId: id, organisationId: agreement.countyId,
        before: agreementView(agreement), after,
      });
      return after;
    }),
  );
