import { router } from "../../trpc/init.js";

export const auditRouter = router({});
