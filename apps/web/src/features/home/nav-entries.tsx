import type { WorkArea } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";
import { useNavigation } from "./use-navigation";

interface Entry {
  href: string;
  label: string;
  /** The path prefix under which the entry is the current page. */
  prefix: string;
}

/**
 * The main menu's entries, as list items: home, the programmes, and each area the server says
 * the reader works in. The client draws them; it never decides who may see which.
 */
export function MainNavEntries({ pathname }: { pathname: string }) {
  const { t } = useTranslation(["navigation", "common", "reports", "dashboards", "admin"]);
  const me = useCurrentUser();
  const navigation = useNavigation();
  const byArea: Partial<Record<WorkArea, Entry>> = {
    reportQueue: { href: hrefFor({ name: "reportQueue" }), label: t("reports:nav.queue"), prefix: "/reports/queue" },
    reportOverview: { href: hrefFor({ name: "reportOverview" }), label: t("reports:nav.overview"), prefix: "/reports/overview" },
    meetings: { href: hrefFor({ name: "meetings" }), label: t("dashboards:nav.meetings"), prefix: "/meetings" },
    agreements: { href: hrefFor({ name: "agreements" }), label: t("dashboards:nav.agreements"), prefix: "/agreements" },
    administration: { href: hrefFor({ name: "adminOrganisations" }), label: t("admin:nav.label"), prefix: "/admin" },
  };
  const entries: Entry[] = [
    ...(me.data ? [{ href: hrefFor({ name: "home" }), label: t("navigation:menu.home"), prefix: "/" }] : []),
    { href: hrefFor({ name: "programmes" }), label: t("common:nav.programmes"), prefix: "/programmes" },
    ...(navigation.data?.areas ?? []).flatMap((area) => byArea[area] ?? []),
  ];
  const current = (prefix: string) =>
    (prefix === "/" ? pathname === "/" : pathname === prefix || pathname.startsWith(`${prefix}/`)) ? "page" : undefined;
  return (
    <>
      {entries.map((entry) => (
        <li key={entry.href}>
          <AppLink href={entry.href} aria-current={current(entry.prefix)}>
            {entry.label}
          </AppLink>
        </li>
      ))}
    </>
  );
}
