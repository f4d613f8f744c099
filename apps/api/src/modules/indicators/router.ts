import { router } from "../../trpc/init.js";

export const indicatorsRouter = router({});
