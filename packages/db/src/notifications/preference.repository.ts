import type { Executor } from "../shared/executor.js";
import type { NotificationPreferenceRow } from "./notification.table.js";

/** A user's choices; undefined until they change something (then every kind is on). */
export async function findNotificationPreference(db: Executor, userId: string): Promise<NotificationPreferenceRow | undefined> {
  return db.selectFrom("notificationPreference").selectAll().where("userId", "=", userId).executeTakeFirst();
}

/**
 * The user's row, created with every kind on if it was not there, so a change can go through
 * `updateWithVersion` like any other row.
 */
export async function ensureNotificationPreference(db: Executor, userId: string): Promise<NotificationPreferenceRow> {
  await db.insertInto("notificationPreference").values({ userId }).onConflict((oc) => oc.column("userId").doNothing()).execute();
  return db.selectFrom("notificationPreference").selectAll().where("userId", "=", userId).executeTakeFirstOrThrow();
}
