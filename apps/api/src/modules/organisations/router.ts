import { router } from "../../trpc/init.js";
import { getOrganisation } from "./get-organisation.js";
import { listOrganisations } from "./list-organisations.js";

export const organisationsRouter = router({
  list: listOrganisations,
  get: getOrganisation,
});
