import { router } from "../../trpc/init.js";
import { getProgramme } from "./get-programme.js";
import { listProgrammes } from "./list-programmes.js";

export const programmesRouter = router({
  list: listProgrammes,
  get: getProgramme,
});
