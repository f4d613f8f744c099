import { router } from "../../trpc/init.js";
import { me } from "./me.js";
import { signIn } from "./sign-in.js";
import { signInOptions } from "./sign-in-options.js";
import { signOut } from "./sign-out.js";

export const authRouter = router({ signIn, signOut, me, signInOptions });
