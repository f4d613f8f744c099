import { z } from "zod";
import { listPublishedProgrammes } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";

/** Published action programmes, optionally of one council (or municipality) only. */
export const listProgrammes = procedure.meta({ permission: { public: true } })
  .input(z.strictObject({ ownerId: IdSchema.optional() }).optional())
  .query(async ({ ctx, input }) => {
    const programmes = await listPublishedProgrammes(ctx.db, { ownerId: input?.ownerId });
    return {
      items: programmes.map((programme) => ({
        id: programme.id,
        title: programme.title,
        periodStart: programme.periodStart,
        periodEnd: programme.periodEnd,
        status: programme.status,
        revision: programme.revision,
        owner: programme.owner,
      })),
    };
  });
