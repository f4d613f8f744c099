import { ensureReminderSetting, updateWithVersion } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { councilResource } from "../reports/report-access.js";
import { reminderSettingView } from "./notification-views.js";

const UpdateReminderSettingInputSchema = z.strictObject({
  councilId: IdSchema,
  version: z.number().int().min(1),
  daysBefore: z.number().int().min(1).max(60),
});

/** The secretariat changes how many days before each deadline reminders go out (1–60). */
export const updateReminderSetting = procedure
  .meta({ permission: { actions: ["review_report"] } })
  .input(UpdateReminderSettingInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      ctx.authorize(await councilResource(trx, input.councilId));
      const before = await ensureReminderSetting(trx, input.councilId);
      const row = await updateWithVersion(trx, "reminderSetting", before.id, input.version, { daysBefore: input.daysBefore });
      const after = reminderSettingView(input.councilId, row);
      await audit({
        action: "organisation.reminder_days_updated", subjectType: "organisation", subjectId: input.councilId,
        organisationId: input.councilId, before: reminderSettingView(input.councilId, before), after,
      });
      return after;
    }),
  );
