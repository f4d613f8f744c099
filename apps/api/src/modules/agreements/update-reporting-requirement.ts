import { findReportingRequirementById, updateWithVersion } from "@samspill/db";
import { localDate, UpdateReportingRequirementInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedChild } from "./agreement-access.js";
import { requirementView } from "./agreement-view.js";

/** Changes a requirement, or marks it fulfilled (`fulfilledOn`) or open again (null). */
export const updateReportingRequirement = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(UpdateReportingRequirementInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const found = await findReportingRequirementById(trx, id);
      const { row, agreement } = await authorizedChild(trx, ctx.authorize, found, "reporting_requirement");
      const today = localDate(ctx.now());
      const after = requirementView(await updateWithVersion(trx, "reportingRequirement", id, version, patch), today);
      await audit({
        action: "reporting_requirement.updated", subjectType: "reporting_requirement", subjectId: id,
        organisationId: agreement.countyId, before: requirementView(row, today), after,
      });
      return after;
    }),
  );
