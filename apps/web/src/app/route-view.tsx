import { Suspense } from "react";
import { SignInPage } from "../features/auth/sign-in-page";
import { HomePage } from "../features/home/home-page";
import { NotFoundPage } from "../features/not-found/not-found-page";
import type { Route } from "../shared/router/routes";
import { lazyNamed as page } from "../shared/ui/lazy-named";
import { Loading } from "../shared/ui/loading";

// Each page's code is fetched when the page is first opened (or, for the page the address names,
// while the app boots: `preloadPage`), so the first visit loads only the shell, the home page and
// sign-in — not every feature, chart and form of the portal.

const OrganisationPage = page(() => import("../features/admin/organisation-page"), "OrganisationPage");
const OrganisationsPage = page(() => import("../features/admin/organisations-page"), "OrganisationsPage");
const UsersPage = page(() => import("../features/admin/users-page"), "UsersPage");
const SsoPage = page(() => import("../features/admin/sso-page"), "SsoPage");
const MeasurePage = page(() => import("../features/measures/measure-page"), "MeasurePage");
const MeasureImportPage = page(() => import("../features/spreadsheets/measure-import-page"), "MeasureImportPage");
const StructureImportPage = page(() => import("../features/spreadsheets/structure-import-page"), "StructureImportPage");
const CouncilPage = page(() => import("../features/public/council-page"), "CouncilPage");
const OutboxMessagePage = page(() => import("../features/notifications/outbox-message-page"), "OutboxMessagePage");
const OutboxPage = page(() => import("../features/notifications/outbox-page"), "OutboxPage");
const NotificationSettingsPage = page(() => import("../features/notifications/settings-page"), "NotificationSettingsPage");
const AgreementPage = page(() => import("../features/agreements/agreement-page"), "AgreementPage");
const AgreementsPage = page(() => import("../features/agreements/agreements-page"), "AgreementsPage");
const CopyForwardPage = page(() => import("../features/copy-forward/copy-forward-page"), "CopyForwardPage");
const CouncilDashboardPage = page(() => import("../features/dashboards/council-dashboard-page"), "CouncilDashboardPage");
const MeetingPage = page(() => import("../features/meetings/meeting-page"), "MeetingPage");
const MeetingsPage = page(() => import("../features/meetings/meetings-page"), "MeetingsPage");
const ProgrammePage = page(() => import("../features/programmes/programme-page"), "ProgrammePage");
const ProgrammesPage = page(() => import("../features/programmes/programmes-page"), "ProgrammesPage");
const NewProgrammePage = page(() => import("../features/programme-editing/new-programme-page"), "NewProgrammePage");
const NewReportPage = page(() => import("../features/reports/new-report-page"), "NewReportPage");
const OverviewPage = page(() => import("../features/reports/overview-page"), "OverviewPage");
const QueuePage = page(() => import("../features/reports/queue-page"), "QueuePage");
const ReportPage = page(() => import("../features/reports/report-page"), "ReportPage");
const RevisionRouteView = page(() => import("../features/revision/revision-route-view"), "RevisionRouteView");

type LazyRoute = Exclude<Route["name"], "home" | "signIn" | "notFound">;

/** Each lazily loaded page by the route that shows it. */
const PAGE_OF: Record<LazyRoute, { preload: () => Promise<unknown> }> = {
  adminOrganisation: OrganisationPage,
  adminOrganisations: OrganisationsPage,
  adminUsers: UsersPage,
  adminSignIn: SsoPage,
  measure: MeasurePage,
  measureImport: MeasureImportPage,
  structureImport: StructureImportPage,
  council: CouncilPage,
  adminOutboxMessage: OutboxMessagePage,
  adminOutbox: OutboxPage,
  notificationSettings: NotificationSettingsPage,
  agreement: AgreementPage,
  agreements: AgreementsPage,
  programmeCopyForward: CopyForwardPage,
  councilDashboard: CouncilDashboardPage,
  meeting: MeetingPage,
  meetings: MeetingsPage,
  programme: ProgrammePage,
  programmes: ProgrammesPage,
  programmeNew: NewProgrammePage,
  reportNew: NewReportPage,
  reportOverview: OverviewPage,
  reportQueue: QueuePage,
  report: ReportPage,
  programmeVersions: RevisionRouteView,
  programmeDiff: RevisionRouteView,
  programmeAdopt: RevisionRouteView,
};

/**
 * Starts fetching the code of the page a route shows, so that it downloads beside the first
 * questions to the server instead of after them. A failed download is reported where the page renders.
 */
export function preloadPage(route: Route): void {
  if (route.name === "home" || route.name === "signIn" || route.name === "notFound") return;
  PAGE_OF[route.name].preload().catch(() => undefined);
}

export function RouteView({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Loading />}>
      <RoutePage route={route} />
    </Suspense>
  );
}

function RoutePage({ route }: { route: Route }) {
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
    case "adminSignIn":
      return <SsoPage />;
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
