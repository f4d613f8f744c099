import { router } from "../../trpc/init.js";

export const reportsRouter = router({});
