import type { Role } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";

// Only the secretariat reviews; the overview is for those who follow a council's reporting.
// A contributor's own reporting is on their home page ("my tasks").
const QUEUE_ROLES: readonly Role[] = ["secretariat"];
const OVERVIEW_ROLES: readonly Role[] = ["secretariat", "council_member"];

/** The header's entries for reporting, as list items of the main navigation. */
export function ReportNavEntries({ pathname }: { pathname: string }) {
  const { t } = useTranslation("reports");
  const me = useCurrentUser();
  const role = me.data?.role;
  if (!role) return null;
  const current = (prefix: string) => (pathname === prefix || pathname.startsWith(`${prefix}/`) ? "page" : undefined);
  return (
    <>
      {QUEUE_ROLES.includes(role) && (
        <li>
          <AppLink href={hrefFor({ name: "reportQueue" })} aria-current={current("/reports/queue")}>
            {t("nav.queue")}
          </AppLink>
        </li>
      )}
      {OVERVIEW_ROLES.includes(role) && (
        <li>
          <AppLink href={hrefFor({ name: "reportOverview" })} aria-current={current("/reports/overview")}>
            {t("nav.overview")}
          </AppLink>
        </li>
      )}
    </>
  );
}
