import { insertReportingRequirement } from "@samspill/db";
import { CreateReportingRequirementInputSchema, localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement } from "./agreement-access.js";
import { requirementView } from "./agreement-view.js";

/** A report the council or municipality owes the county by a due date. */
export const addReportingRequirement = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(CreateReportingRequirementInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { agreement } = await authorizedAgreement(trx, ctx.authorize, input.agreementId);
      const after = requirementView(await insertReportingRequirement(trx, input), localDate(ctx.now()));
      await audit({
        action: "reporting_requirement.created", subjectType: "reporting_requirement", subjectId: after.id,
        organisationId: agreement.countyId, after,
      });
      return after;
    }),
  );
