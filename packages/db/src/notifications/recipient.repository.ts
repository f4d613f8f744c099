import { sql } from "kysely";
import type { Country, Role, UiLanguage } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type { NoticeTopic } from "./notification.table.js";

/** Someone a notice goes to, with the language it is written in. */
export interface NoticeRecipient {
  userId: string;
  email: string;
  name: string;
  organisationId: string;
  /** The user's own language, else their organisation's. */
  language: UiLanguage;
  /** The organisation's country, for its terms (kommune/kommun, fylke/region). */
  country: Country;
}

export interface RecipientFilter {
  /** Only users of these organisations … */
  organisationIds?: readonly string[];
  /** … or only these users. */
  userIds?: readonly string[];
  roles?: readonly Role[];
  /** Left out even when they match: the person whose action caused the notice. */
  excludeUserId?: string | null | undefined;
}

const TOPIC_COLUMN = {
  reminders: "reminders",
  reportReviews: "reportReviews",
  comments: "comments",
  digest: "digest",
} as const satisfies Record<NoticeTopic, string>;

/**
 * Active users who match the filter and have not turned the topic off. An empty filter list
 * matches nobody, so a caller can never mail everyone by passing nothing.
 */
export async function listNoticeRecipients(db: Executor, topic: NoticeTopic, filter: RecipientFilter): Promise<NoticeRecipient[]> {
  if (filter.organisationIds?.length === 0 || filter.userIds?.length === 0 || filter.roles?.length === 0) return [];
  if (!filter.organisationIds && !filter.userIds) return [];
  let query = db
    .selectFrom("appUser")
    .innerJoin("organisation", "organisation.id", "appUser.organisationId")
    .leftJoin("notificationPreference", "notificationPreference.userId", "appUser.id")
    .select([
      "appUser.id as userId",
      "appUser.email",
      "appUser.name",
      "appUser.organisationId",
      "organisation.country",
      sql<UiLanguage>`coalesce(app_user.language, organisation.language_form)`.as("language"),
    ])
    .where("appUser.active", "=", true)
    .where((eb) => eb.fn.coalesce(`notificationPreference.${TOPIC_COLUMN[topic]}`, sql<boolean>`true`), "=", true);
  if (filter.organisationIds) query = query.where("appUser.organisationId", "in", filter.organisationIds);
  if (filter.userIds) query = query.where("appUser.id", "in", filter.userIds);
  if (filter.roles) query = query.where("appUser.role", "in", filter.roles);
  if (filter.excludeUserId) query = query.where("appUser.id", "<>", filter.excludeUserId);
  return query.orderBy("appUser.name").orderBy("appUser.id").execute();
}
