import { z } from "zod";
import { listUsers as listUserRows } from "@samspill/db";
import { IdSchema, RoleSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { userView } from "./user-view.js";

const ListUsersInputSchema = z
  .strictObject({
    organisationId: IdSchema.optional(),
    role: RoleSchema.optional(),
    active: z.boolean().optional(),
    /** Part of a name or e-mail address. */
    search: z.string().trim().max(100).optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .default({ limit: 50, offset: 0 });

/** The admin's list of users, filtered and paged on the server. */
export const listUsers = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(ListUsersInputSchema)
  .query(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    const page = await listUserRows(ctx.db, input);
    return {
      total: page.total,
      items: page.items.map((row) => ({ ...userView(row), organisationName: row.organisationName })),
    };
  });
