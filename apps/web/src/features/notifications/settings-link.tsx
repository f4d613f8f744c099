import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useNavigation } from "../home/use-navigation";

/** The user menu's way to one's own notice settings, for those who act for a place (the admin gets no notices). */
export function NotificationSettingsLink() {
  const { t } = useTranslation("notifications");
  if (!useNavigation().has("notificationSettings")) return null;
  return (
    <AppLink href={hrefFor({ name: "notificationSettings" })} className="user-menu__settings">
      {t("settings.menuLink")}
    </AppLink>
  );
}
