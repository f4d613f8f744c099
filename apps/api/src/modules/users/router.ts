import { router } from "../../trpc/init.js";
import { createUser } from "./create-user.js";
import { endSessions } from "./end-sessions.js";
import { listUsers } from "./list-users.js";
import { setPassword } from "./set-password.js";
import { updateUser } from "./update-user.js";

export const usersRouter = router({ list: listUsers, create: createUser, update: updateUser, setPassword, endSessions });
