import { findOutboxMessage } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { z } from "zod";
import { found } from "../../trpc/found.js";
import { procedure } from "../../trpc/init.js";
import { outboxMessageView } from "./notification-views.js";

/** One e-mail of the outbox with its text, for the admin. */
export const getOutboxMessage = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    // Asked before the lookup, so nobody else can probe which ids exist.
    ctx.authorize({ kind: "user" });
    return outboxMessageView(found(await findOutboxMessage(ctx.db, input.id), "outbox_message"));
  });
