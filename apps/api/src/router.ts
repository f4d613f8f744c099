import { authRouter } from "./modules/auth/router.js";
import { organisationsRouter } from "./modules/organisations/router.js";
import { programmesRouter } from "./modules/programmes/router.js";
import { usersRouter } from "./modules/users/router.js";
import { router } from "./trpc/init.js";

export const appRouter = router({
  auth: authRouter,
  organisations: organisationsRouter,
  programmes: programmesRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
