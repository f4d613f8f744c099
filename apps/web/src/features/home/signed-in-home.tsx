import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { lazyNamed } from "../../shared/ui/lazy-named";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import type { CurrentUser } from "../auth/use-auth";
import { CouncilDashboard } from "../dashboards/council-dashboard";
import { CountyDashboard } from "../dashboards/county-dashboard";
import { NewProgrammeLink } from "../programme-editing/new-programme-link";
import { MyTasks } from "../reports/my-tasks";
import { CouncilMemberHome } from "./council-member-home";
import { WorkLinks } from "./work-links";

type Organisation = NonNullable<CurrentUser["organisation"]>;

// A form at the foot of the secretariat's dashboard, with the forms layer and the schemas it
// checks by: fetched after the dashboard, so that no other home downloads them.
const ReminderSettingSection = lazyNamed(() => import("../notifications/reminder-setting-section"), "ReminderSettingSection");

/**
 * A signed-in reader's front page follows their role: the secretariat's council dashboard, the
 * contributor's tasks, the county dashboard, the member's read view, the admin's way into
 * administration. Every one starts with the links to the reader's work. Its own chunk: an
 * anonymous reader's first visit does not download the dashboards.
 */
export function SignedInHome({ role, organisation }: { role: CurrentUser["role"]; organisation: Organisation }) {
  switch (role) {
    case "secretariat":
      return (
        <CouncilDashboard
          council={organisation}
          top={
            <>
              <NewProgrammeLink />
              <WorkLinks dashboardShown={organisation.id} />
            </>
          }
          bottom={
            <Suspense fallback={null}>
              <ReminderSettingSection councilId={organisation.id} />
            </Suspense>
          }
        />
      );
    case "municipality_contributor":
      return <ContributorHome organisation={organisation} />;
    case "county_official":
      return <CountyDashboard county={organisation} top={<WorkLinks />} />;
    case "council_member":
      return <CouncilMemberHome council={organisation} />;
    case "admin":
      return <AdminHome />;
  }
}

/** MyTasks is a section (h2); the page around it names the municipality as its h1. */
function ContributorHome({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation("dashboards");
  useDocumentTitle(organisation.name);
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {organisation.name}
        </Heading>
        <Paragraph>{t("contributor.intro")}</Paragraph>
      </div>
      <WorkLinks />
      <MyTasks />
    </>
  );
}

/** The admin acts for no council: administration, and the published programmes like anyone. */
function AdminHome() {
  const { t } = useTranslation(["admin", "navigation"]);
  useDocumentTitle(t("admin:nav.label"));
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("admin:nav.label")}
        </Heading>
        <Paragraph>{t("navigation:adminHome.intro")}</Paragraph>
      </div>
      <WorkLinks />
    </>
  );
}
