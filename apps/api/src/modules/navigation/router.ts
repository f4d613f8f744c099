import { router } from "../../trpc/init.js";
import { getNavigation } from "./get-navigation.js";

export const navigationRouter = router({ get: getNavigation });
