import { router } from "../../trpc/init.js";
import { getOutboxMessage } from "./get-outbox-message.js";
import { getPreferences } from "./get-preferences.js";
import { getReminderSetting } from "./get-reminder-setting.js";
import { listOutbox } from "./list-outbox.js";
import { updatePreferences } from "./update-preferences.js";
import { updateReminderSetting } from "./update-reminder-setting.js";

export const notificationsRouter = router({
  getPreferences,
  updatePreferences,
  getReminderSetting,
  updateReminderSetting,
  listOutbox,
  getOutboxMessage,
});
