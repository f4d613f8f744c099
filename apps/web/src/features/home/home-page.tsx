import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser, type CurrentUser } from "../auth/use-auth";
import { CouncilDashboard } from "../dashboards/council-dashboard";
import { CountyDashboard } from "../dashboards/county-dashboard";
import { HomePage as PublishedProgrammesPage } from "../programmes/home-page";
import { MyTasks } from "../reports/my-tasks";
import { CouncilMemberHome } from "./council-member-home";

/**
 * The front page follows the reader's role: the secretariat's council dashboard, the
 * contributor's tasks, the county dashboard, the member's read view; everyone else (anonymous
 * readers, and for now admins) gets the published programmes.
 */
export function HomePage() {
  const me = useCurrentUser();
  if (me.isPending) return <Loading />;
  const user = me.data;
  // An error asking who is signed in shows the public page: what anyone may read.
  if (!user?.organisation) return <PublishedProgrammesPage />;
  const organisation = user.organisation;
  switch (user.role) {
    case "secretariat":
      return <CouncilDashboard council={organisation} />;
    case "municipality_contributor":
      return <ContributorHome organisation={organisation} />;
    case "county_official":
      return <CountyDashboard county={organisation} />;
    case "council_member":
      return <CouncilMemberHome council={organisation} />;
    case "admin":
      return <PublishedProgrammesPage />;
  }
}

/** MyTasks is a section (h2); the page around it names the municipality as its h1. */
function ContributorHome({ organisation }: { organisation: NonNullable<CurrentUser["organisation"]> }) {
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
      <MyTasks />
    </>
  );
}
