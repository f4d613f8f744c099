import { listOwnersWithPublishedProgrammes } from "@samspill/db";
import { procedure } from "../../trpc/init.js";

/** Councils (and other owners) that have published at least one programme. */
export const councils = procedure
  .meta({ permission: { public: true } })
  .query(async ({ ctx }) => {
    const owners = await listOwnersWithPublishedProgrammes(ctx.db);
    return { items: owners, total: owners.length };
  });
