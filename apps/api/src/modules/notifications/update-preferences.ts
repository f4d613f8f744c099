import { ensureNotificationPreference, updateWithVersion } from "@samspill/db";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { preferencesView } from "./notification-views.js";

const UpdatePreferencesInputSchema = z.strictObject({
  version: z.number().int().min(1),
  reminders: z.boolean(),
  reportReviews: z.boolean(),
  comments: z.boolean(),
  digest: z.boolean(),
});

/** A user turns kinds of notice on or off for themselves; nobody can change another's. */
export const updatePreferences = procedure
  .meta({ permission: { signedIn: true } })
  .input(UpdatePreferencesInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const actor = signedInActor(ctx);
      const { version, ...patch } = input;
      const before = await ensureNotificationPreference(trx, actor.userId);
      const after = preferencesView(await updateWithVersion(trx, "notificationPreference", before.id, version, patch));
      await audit({
        action: "user.notification_preferences_updated", subjectType: "user", subjectId: actor.userId,
        organisationId: actor.organisationId, before: preferencesView(before), after,
      });
      return after;
    }),
  );
