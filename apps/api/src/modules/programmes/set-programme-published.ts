import { z } from "zod";
import { updateWithVersion } from "@samspill/db";
import { assertPublishable, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedProgramme } from "./programme-access.js";
import { programmeRowView } from "./programme-row-view.js";

/**
 * Publishes a programme version for everyone to read, or takes it back. Drafts are never
 * public (PRODUCT.md): only what the council adopted, and the versions it later superseded.
 */
export const setProgrammePublished = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema, published: z.boolean() }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const programme = await authorizedProgramme(trx, ctx.authorize, input.id);
      assertPublishable(programme, input.published);
      const updated = await updateWithVersion(trx, "programme", programme.id, input.version, {
        published: input.published,
        publishedAt: input.published ? (programme.publishedAt ?? ctx.now()) : null,
      });
      const after = programmeRowView(updated);
      await audit({
        action: input.published ? "programme.published" : "programme.unpublished", subjectType: "programme",
        subjectId: programme.id, organisationId: programme.ownerId, before: programmeRowView(programme), after,
      });
      return after;
    }),
  );
