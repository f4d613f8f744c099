import { router } from "../../trpc/init.js";

export const publicRouter = router({});
