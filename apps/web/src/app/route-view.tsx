import { OrganisationPage } from "../features/admin/organisation-page";
import { OrganisationsPage } from "../features/admin/organisations-page";
import { UsersPage } from "../features/admin/users-page";
import { SignInPage } from "../features/auth/sign-in-page";
import { MeasurePage } from "../features/measures/measure-page";
import { MeasureImportPage } from "../features/spreadsheets/measure-import-page";
import { StructureImportPage } from "../features/spreadsheets/structure-import-page";
import { CouncilPage } from "../features/public/council-page";
import { NotFoundPage } from "../features/not-found/not-found-page";
import { OutboxMessagePage } from "../features/notifications/outbox-message-page";
import { OutboxPage } from "../features/notifications/outbox-page";
import { NotificationSettingsPage } from "../features/notifications/settings-page";
import { AgreementPage } from "../features/agreements/agreement-page";
import { AgreementsPage } from "../features/agreements/agreements-page";
import { CopyForwardPage } from "../features/copy-forward/copy-forward-page";
import { CouncilDashboardPage } from "../features/dashboards/council-dashboard-page";
import { HomePage } from "../features/home/home-page";
import { MeetingPage } from "../features/meetings/meeting-page";
import { MeetingsPage } from "../features/meetings/meetings-page";
import { ProgrammePage } from "../features/programmes/programme-page";
import { ProgrammesPage } from "../features/programmes/programmes-page";
import { NewProgrammePage } from "../features/programme-editing/new-programme-page";
import { NewReportPage } from "../features/reports/new-report-page";
import { OverviewPage } from "../features/reports/overview-page";
import { QueuePage } from "../features/reports/queue-page";
import { ReportPage } from "../features/reports/report-page";
import { RevisionRouteView } from "../features/revision/revision-route-view";
import type { Route } from "../shared/router/routes";

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case "home":
      return <HomePage />;
    case "programmes":
      return <ProgrammesPage />;
    case "councilDashboard":
      return <CouncilDashboardPage key={route.id} id={route.id} />;
    case "programme":
      // Keyed by id so that moving between programmes starts from a clean state.
      return <ProgrammePage key={route.id} id={route.id} />;
    case "programmeNew":
      return <NewProgrammePage />;
    case "measure":
      return <MeasurePage key={route.id} id={route.id} />;
    case "agreements":
      return <AgreementsPage />;
    case "agreement":
      return <AgreementPage key={route.id} id={route.id} />;
    case "meetings":
      return <MeetingsPage />;
    case "meeting":
      return <MeetingPage key={route.id} id={route.id} />;
    case "reportNew":
      return <NewReportPage key={`${route.periodId}/${route.measureId}/${route.partId ?? ""}`} periodId={route.periodId} measureId={route.measureId} partId={route.partId} />;
    case "report":
      return <ReportPage key={route.id} id={route.id} />;
    case "reportQueue":
      return <QueuePage key={route.periodId ?? ""} periodId={route.periodId} />;
    case "reportOverview":
      return <OverviewPage key={route.periodId ?? ""} periodId={route.periodId} />;
    case "measureImport":
      return <MeasureImportPage key={route.id} id={route.id} />;
    case "structureImport":
      return <StructureImportPage key={route.id} id={route.id} />;
    case "programmeVersions":
    case "programmeDiff":
    case "programmeAdopt":
      return <RevisionRouteView key={route.name + route.id} route={route} />;
    case "programmeCopyForward":
      return <CopyForwardPage key={route.id} id={route.id} />;
    case "signIn":
      return <SignInPage search={window.location.search} />;
    case "adminOrganisations":
      return <OrganisationsPage />;
    case "adminOrganisation":
      return <OrganisationPage key={route.id} id={route.id} />;
    case "adminUsers":
      return <UsersPage />;
    case "council":
      return <CouncilPage key={route.slug} slug={route.slug} />;
    case "notificationSettings":
      return <NotificationSettingsPage />;
    case "adminOutbox":
      return <OutboxPage />;
    case "adminOutboxMessage":
      return <OutboxMessagePage key={route.id} id={route.id} />;
    case "notFound":
      return <NotFoundPage />;
  }
}
