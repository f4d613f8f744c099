import { findFundingCommitmentById } from "@samspill/db";
import { procedure } from "../../trpc/init.js";
import { fundingView } from "./agreement-view.js";
import { RemoveInputSchema, removeAgreementRow } from "./remove-agreement-row.js";

export const removeFundingCommitment = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(RemoveInputSchema)
  .mutation(async ({ ctx, input }) =>
    removeAgreementRow(ctx, input, {
      table: "fundingCommitment", subjectType: "funding_commitment", find: findFundingCommitmentById, view: fundingView,
    }),
  );
