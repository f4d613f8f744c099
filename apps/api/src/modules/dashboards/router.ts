import { router } from "../../trpc/init.js";
import { council } from "./council-dashboard.js";
import { county } from "./county-dashboard.js";

export const dashboardsRouter = router({
  council,
  county,
});
