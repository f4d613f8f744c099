import { router } from "../../trpc/init.js";

export const dashboardsRouter = router({});
