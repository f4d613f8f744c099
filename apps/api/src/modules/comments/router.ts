import { router } from "../../trpc/init.js";

export const commentsRouter = router({});
