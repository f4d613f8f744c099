import { router } from "../../trpc/init.js";
import { programme } from "./get-programme.js";
import { councils } from "./list-councils.js";

export const publicRouter = router({
  councils,
  programme,
});
