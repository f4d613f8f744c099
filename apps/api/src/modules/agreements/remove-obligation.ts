import { findObligationById } from "@samspill/db";
import { procedure } from "../../trpc/init.js";
import { obligationView } from "./agreement-view.js";
import { RemoveInputSchema, removeAgreementRow } from "./remove-agreement-row.js";

/** Removes an obligation; its links to measures go with it. */
export const removeObligation = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(RemoveInputSchema)
  .mutation(async ({ ctx, input }) =>
    removeAgreementRow(ctx, input, { table: "obligation", subjectType: "obligation", find: findObligationById, view: obligationView }),
  );
