import { router } from "../../trpc/init.js";

export const agreementsRouter = router({});
