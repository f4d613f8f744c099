import { organisationsRouter } from "./modules/organisations/router.js";
import { programmesRouter } from "./modules/programmes/router.js";
import { router } from "./trpc/init.js";

export const appRouter = router({
  organisations: organisationsRouter,
  programmes: programmesRouter,
});

export type AppRouter = typeof appRouter;
