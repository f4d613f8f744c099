import { z } from "zod";
import { findOrganisationLogo } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { existingOrganisation, logoView } from "./organisation-logo.js";

/** An organisation's logo, or null: as public as the documents it is printed on. */
export const getOrganisationLogo = procedure
  .meta({ permission: { public: true } })
  .input(z.strictObject({ organisationId: IdSchema }))
  .query(async ({ ctx, input }) => {
    await existingOrganisation(ctx.db, input.organisationId);
    const row = await findOrganisationLogo(ctx.db, input.organisationId);
    return row ? logoView(row) : null;
  });
