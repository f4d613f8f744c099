import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { usePathname } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";

/** The admin's own menu between its screens. */
export function AdminNav() {
  const { t } = useTranslation(["admin", "notifications", "sso"]);
  const pathname = usePathname();
  const links = [
    { href: hrefFor({ name: "adminOrganisations" }), label: t("nav.organisations") },
    { href: hrefFor({ name: "adminUsers" }), label: t("nav.users") },
    { href: hrefFor({ name: "adminSignIn" }), label: t("sso:page.nav") },
    { href: hrefFor({ name: "adminOutbox" }), label: t("notifications:outbox.nav") },
  ];
  return (
    <nav aria-label={t("nav.label")}>
      <ul className="nav-list">
        {links.map((link) => (
          <li key={link.href}>
            <AppLink href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
              {link.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
