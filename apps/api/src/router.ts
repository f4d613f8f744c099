import { agreementsRouter } from "./modules/agreements/router.js";
import { auditRouter } from "./modules/audit/router.js";
import { authRouter } from "./modules/auth/router.js";
import { commentsRouter } from "./modules/comments/router.js";
import { dashboardsRouter } from "./modules/dashboards/router.js";
import { documentsRouter } from "./modules/documents/router.js";
import { identityProvidersRouter } from "./modules/identity-providers/router.js";
import { indicatorsRouter } from "./modules/indicators/router.js";
import { measuresRouter } from "./modules/measures/router.js";
import { meetingsRouter } from "./modules/meetings/router.js";
import { navigationRouter } from "./modules/navigation/router.js";
import { notificationsRouter } from "./modules/notifications/router.js";
import { organisationsRouter } from "./modules/organisations/router.js";
import { programmesRouter } from "./modules/programmes/router.js";
import { publicRouter } from "./modules/public/router.js";
import { reportsRouter } from "./modules/reports/router.js";
import { spreadsheetsRouter } from "./modules/spreadsheets/router.js";
import { strategiesRouter } from "./modules/strategies/router.js";
import { usersRouter } from "./modules/users/router.js";
import { router } from "./trpc/init.js";

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  identityProviders: identityProvidersRouter,
  organisations: organisationsRouter,
  agreements: agreementsRouter,
  strategies: strategiesRouter,
  programmes: programmesRouter,
  measures: measuresRouter,
  indicators: indicatorsRouter,
  reports: reportsRouter,
  meetings: meetingsRouter,
  comments: commentsRouter,
  audit: auditRouter,
  dashboards: dashboardsRouter,
  documents: documentsRouter,
  notifications: notificationsRouter,
  navigation: navigationRouter,
  public: publicRouter,
  spreadsheets: spreadsheetsRouter,
});

export type AppRouter = typeof appRouter;
