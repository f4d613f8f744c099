import { DEFAULT_REMINDER_DAYS, findReminderSetting } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { councilResource } from "../reports/report-access.js";
import { reminderSettingView } from "./notification-views.js";

/** How many days before a deadline the council reminds its contributors; the secretariat's setting. */
export const getReminderSetting = procedure
  .meta({ permission: { actions: ["review_report"] } })
  .input(z.strictObject({ councilId: IdSchema }))
  .query(async ({ ctx, input }) => {
    ctx.authorize(await councilResource(ctx.db, input.councilId));
    const row = await findReminderSetting(ctx.db, input.councilId);
    return reminderSettingView(input.councilId, row ?? { daysBefore: DEFAULT_REMINDER_DAYS, version: 1 });
  });
