import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDateRange } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";
import { useNavigation } from "./use-navigation";
import "./home.css";

// Enough to reach the current programmes of a county's councils from its home; the
// programmes page lists every version.
const PROGRAMMES_SHOWN = 8;

interface WorkLinksProps {
  /** The council whose dashboard this home page already is, so it is not linked again. */
  dashboardShown?: string;
}

/**
 * Every role's way from its home to its work: its current programmes, reporting, the
 * dashboards of its councils, meetings, agreements, settings and administration — each group
 * only where the server says the reader works.
 */
export function WorkLinks({ dashboardShown }: WorkLinksProps) {
  const { t } = useTranslation(["navigation", "reports", "admin", "notifications", "sso"]);
  const { language } = useLanguage();
  const headingId = useId();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const navigation = useNavigation();
  const own = useQuery({ ...trpc.programmes.listOwn.queryOptions(), enabled: Boolean(me.data) });
  const programmes = (own.data?.items ?? []).filter((programme) => programme.status !== "superseded");
  const owners = new Set(programmes.map((programme) => programme.owner.id));
  const severalOwners = owners.size > 1;
  // A council without a programme has an empty dashboard: not worth a link from home.
  const dashboards = navigation.has("councilDashboards")
    ? navigation.councils.filter((council) => council.id !== dashboardShown && owners.has(council.id))
    : [];
  const reporting = [
    navigation.has("reportQueue") && { href: hrefFor({ name: "reportQueue" }), label: t("reports:nav.queue") },
    navigation.has("reportOverview") && { href: hrefFor({ name: "reportOverview" }), label: t("reports:nav.overview") },
  ].filter((link) => !!link);
  const followUp = [
    navigation.has("meetings") && { href: hrefFor({ name: "meetings" }), label: t("work.meetings") },
    navigation.has("agreements") && { href: hrefFor({ name: "agreements" }), label: t("work.agreements") },
  ].filter((link) => !!link);
  const administration = navigation.has("administration")
    ? [
        { href: hrefFor({ name: "adminOrganisations" }), label: t("admin:nav.organisations") },
        { href: hrefFor({ name: "adminUsers" }), label: t("admin:nav.users") },
        { href: hrefFor({ name: "adminSignIn" }), label: t("sso:page.nav") },
        { href: hrefFor({ name: "adminOutbox" }), label: t("notifications:outbox.nav") },
      ]
    : [];

  // Drawn once complete, so that links arriving later do not push the ones below them around.
  if (navigation.isPending || (me.data && own.isPending)) return null;
  return (
    <nav aria-labelledby={headingId} className="work-links">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("work.heading")}
      </Heading>
      <div className="work-links__groups">
        <Group heading={t("work.programmes")}>
          {/* Said only to those who act for a council; the admin simply reads what is published. */}
          {own.isSuccess && programmes.length === 0 && navigation.councils.length > 0 && (
            <Paragraph data-size="sm">{t("work.noProgrammes")}</Paragraph>
          )}
          <ul>
            {programmes.slice(0, PROGRAMMES_SHOWN).map((programme) => (
              <li key={programme.id}>
                <AppLink href={hrefFor({ name: "programme", id: programme.id })} lang={programme.owner.languageForm}>
                  {programme.title}
                </AppLink>
                <span className="meta">
                  {severalOwners && `${programme.owner.name} · `}
                  {formatDateRange(programme.periodStart, programme.periodEnd, language)}
                </span>
              </li>
            ))}
            <li>
              <AppLink href={hrefFor({ name: "programmes" })}>{t("work.allProgrammes")}</AppLink>
            </li>
          </ul>
        </Group>
        {reporting.length > 0 && <LinkGroup heading={t("work.reporting")} links={reporting} />}
        {dashboards.length > 0 && (
          <LinkGroup
            heading={t("work.dashboards")}
            links={dashboards.map((council) => ({
              href: hrefFor({ name: "councilDashboard", id: council.id }),
              label: t("work.councilDashboard", { council: council.name }),
            }))}
          />
        )}
        {followUp.length > 0 && <LinkGroup heading={t("work.followUp")} links={followUp} />}
        {administration.length > 0 && <LinkGroup heading={t("work.administration")} links={administration} />}
        {navigation.has("notificationSettings") && (
          <LinkGroup
            heading={t("work.settings")}
            links={[{ href: hrefFor({ name: "notificationSettings" }), label: t("work.notificationSettings") }]}
          />
        )}
      </div>
    </nav>
  );
}

function Group({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="work-links__group">
      <Heading level={3} data-size="2xs">
        {heading}
      </Heading>
      {children}
    </div>
  );
}

function LinkGroup({ heading, links }: { heading: string; links: ReadonlyArray<{ href: string; label: string }> }) {
  return (
    <Group heading={heading}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <AppLink href={link.href}>{link.label}</AppLink>
          </li>
        ))}
      </ul>
    </Group>
  );
}
