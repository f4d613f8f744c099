import { z } from "zod";
import { saveOrganisationLogo } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { existingOrganisation, logoFacts, MAX_LOGO_BYTES, readLogo } from "./organisation-logo.js";

export const SetOrganisationLogoInputSchema = z.strictObject({
  organisationId: IdSchema,
  /** The version of the logo the admin saw; 0 when there was none. */
  version: z.number().int().min(0),
  /**
   * The file as base64. The bound leaves room past the largest logo, so a file a little too
   * large is told its limit (`logo_too_large`) rather than refused as bad input.
   */
  fileBase64: z.base64().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) * 2),
});

/** The admin uploads (or replaces) an organisation's logo, a PNG or JPEG of at most 256 KiB. */
export const setOrganisationLogo = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(SetOrganisationLogoInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      await existingOrganisation(trx, input.organisationId);
      ctx.authorize({ kind: "organisation" });
      const { bytes, info } = readLogo(input.fileBase64);
      const row = await saveOrganisationLogo(trx, {
        organisationId: input.organisationId, mimeType: info.mimeType, bytes: Buffer.from(bytes), sizeBytes: bytes.byteLength,
        width: info.width, height: info.height, uploadedBy: ctx.user?.id ?? null,
      }, input.version);
      const after = logoFacts(row);
      await audit({
        action: "organisation.logo_set", subjectType: "organisation", subjectId: input.organisationId,
        organisationId: input.organisationId, after,
      });
      return after;
    }),
  );
