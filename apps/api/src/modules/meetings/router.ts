import { router } from "../../trpc/init.js";

export const meetingsRouter = router({});
