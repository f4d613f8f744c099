import { z } from "zod";
import { deleteOrganisationLogo } from "@samspill/db";
import { IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { existingOrganisation, logoFacts } from "./organisation-logo.js";

/** The admin removes an organisation's logo at the version read; its documents go without one. */
export const removeOrganisationLogo = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ organisationId: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      await existingOrganisation(trx, input.organisationId);
      ctx.authorize({ kind: "organisation" });
      const before = logoFacts(await deleteOrganisationLogo(trx, input.organisationId, input.version));
      await audit({
        action: "organisation.logo_removed", subjectType: "organisation", subjectId: input.organisationId,
        organisationId: input.organisationId, before,
      });
      return { removed: true };
    }),
  );
