import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";

/** The main menu's way into administration, for admins only (the server refuses anyone else). */
export function AdminNavLink({ pathname }: { pathname: string }) {
  const { t } = useTranslation("admin");
  const me = useCurrentUser();
  if (me.data?.role !== "admin") return null;
  return (
    <li>
      <AppLink href={hrefFor({ name: "adminOrganisations" })} aria-current={pathname.startsWith("/admin") ? "page" : undefined}>
        {t("nav.label")}
      </AppLink>
    </li>
  );
}
