import { listOutboxMessages, NOTICE_KINDS, OUTBOX_STATES } from "@samspill/db";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { outboxItemView } from "./notification-views.js";

const ListOutboxInputSchema = z
  .strictObject({
    state: z.enum(OUTBOX_STATES).optional(),
    kind: z.enum(NOTICE_KINDS).optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .default({ limit: 50, offset: 0 });

/**
 * The admin's view of the outbox, newest first: whom, what, when and whether it went out. E-mails
 * carry other people's work, so only the admin (who runs the installation) reads them.
 */
export const listOutbox = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(ListOutboxInputSchema)
  .query(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    const page = await listOutboxMessages(ctx.db, input);
    return { total: page.total, items: page.items.map(outboxItemView) };
  });
