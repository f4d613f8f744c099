import { router } from "../../trpc/init.js";

export const measuresRouter = router({});
