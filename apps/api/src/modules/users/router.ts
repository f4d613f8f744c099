import { router } from "../../trpc/init.js";
import { endSessions } from "./end-sessions.js";

export const usersRouter = router({ endSessions });
