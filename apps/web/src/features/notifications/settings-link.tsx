import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";

/** The user menu's way to one's own notice settings; the admin gets no notices, so no link. */
export function NotificationSettingsLink() {
  const { t } = useTranslation("notifications");
  const me = useCurrentUser();
  if (!me.data || me.data.role === "admin") return null;
  return (
    <AppLink href={hrefFor({ name: "notificationSettings" })} className="user-menu__settings">
      {t("settings.menuLink")}
    </AppLink>
  );
}
