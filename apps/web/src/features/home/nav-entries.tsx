import type { Role } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";

// Only roles the server lets read agreements and meetings of their own see the entries; an
// admin acts for no council or county, so the lists would be empty.
const AGREEMENT_ROLES: readonly Role[] = ["county_official", "secretariat", "council_member", "municipality_contributor"];
const MEETING_ROLES: readonly Role[] = ["secretariat", "council_member", "municipality_contributor", "county_official"];

/** The header's entries for agreements and meetings, as list items of the main navigation. */
export function FollowUpNavEntries({ pathname }: { pathname: string }) {
  const { t } = useTranslation("dashboards");
  const me = useCurrentUser();
  const role = me.data?.role;
  if (!role) return null;
  const current = (prefix: string) => (pathname === prefix || pathname.startsWith(`${prefix}/`) ? "page" : undefined);
  return (
    <>
      {AGREEMENT_ROLES.includes(role) && (
        <li>
          <AppLink href={hrefFor({ name: "agreements" })} aria-current={current("/agreements")}>
            {t("nav.agreements")}
          </AppLink>
        </li>
      )}
      {MEETING_ROLES.includes(role) && (
        <li>
          <AppLink href={hrefFor({ name: "meetings" })} aria-current={current("/meetings")}>
            {t("nav.meetings")}
          </AppLink>
        </li>
      )}
    </>
  );
}
