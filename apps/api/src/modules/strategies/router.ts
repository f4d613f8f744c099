import { router } from "../../trpc/init.js";

export const strategiesRouter = router({});
