import type { Executor } from "../shared/executor.js";
import type { ReminderSettingRow } from "./notification.table.js";

/** The council's reminder lead time; undefined while it uses the default. */
export async function findReminderSetting(db: Executor, councilId: string): Promise<ReminderSettingRow | undefined> {
  return db.selectFrom("reminderSetting").selectAll().where("councilId", "=", councilId).executeTakeFirst();
}

/** The council's row, created with the default if it was not there (see ensureNotificationPreference). */
export async function ensureReminderSetting(db: Executor, councilId: string): Promise<ReminderSettingRow> {
  await db.insertInto("reminderSetting").values({ councilId }).onConflict((oc) => oc.column("councilId").doNothing()).execute();
  return db.selectFrom("reminderSetting").selectAll().where("councilId", "=", councilId).executeTakeFirstOrThrow();
}
