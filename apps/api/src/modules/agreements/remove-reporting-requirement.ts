import { findReportingRequirementById } from "@samspill/db";
import { localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { requirementView } from "./agreement-view.js";
import { RemoveInputSchema, removeAgreementRow } from "./remove-agreement-row.js";

export const removeReportingRequirement = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(RemoveInputSchema)
  .mutation(async ({ ctx, input }) =>
    removeAgreementRow(ctx, input, {
      table: "reportingRequirement", subjectType: "reporting_requirement", find: findReportingRequirementById, view: (row) => requirementView(row, localDate(ctx.now())),
    }),
  );
