import { findNotificationPreference } from "@samspill/db";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { signedInActor } from "../../trpc/mutation.js";
import { DEFAULT_PREFERENCES, preferencesView } from "./notification-views.js";

/** The signed-in user's own notice settings. */
export const getPreferences = procedure
  .meta({ permission: { signedIn: true } })
  .input(z.strictObject({}).optional())
  .query(async ({ ctx }) => {
    const row = await findNotificationPreference(ctx.db, signedInActor(ctx).userId);
    return row ? preferencesView(row) : DEFAULT_PREFERENCES;
  });
