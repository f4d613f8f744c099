import { z } from "zod";
import { pageProgrammesByOwner } from "@samspill/db";
import { IdSchema, ProgrammeStatusSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { pageFields } from "./page-input.js";
import { listScope } from "./programme-access.js";
import { programmeRowView } from "./programme-row-view.js";

/**
 * Every programme version of one owner: drafts too for those who read the owner's
 * unpublished work (its council, members and county), only the published ones for others.
 */
export const listProgrammesByOwner = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ ownerId: IdSchema, status: ProgrammeStatusSchema.optional(), ...pageFields }))
  .query(async ({ ctx, input }) => {
    const { resource, publishedOnly } = await listScope(ctx.db, ctx.actor, "read_programme", input.ownerId);
    ctx.authorize(resource);
    const page = await pageProgrammesByOwner(ctx.db, { ...input, publishedOnly });
    return { total: page.total, items: page.items.map(programmeRowView) };
  });
