import { insertOrganisation } from "@samspill/db";
import { CreateOrganisationInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertOrganisationFits } from "./organisation-rules.js";
import { organisationView } from "./organisation-view.js";

/** An admin registers a county, council, municipality or partner with its dated official code. */
export const createOrganisation = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(CreateOrganisationInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "organisation" });
    return inMutation(ctx, async (trx, audit) => {
      await assertOrganisationFits(trx, input);
      const row = await insertOrganisation(trx, input);
      const after = organisationView(row);
      await audit({ action: "organisation.created", subjectType: "organisation", subjectId: row.id, organisationId: row.id, after });
      return after;
    });
  });
