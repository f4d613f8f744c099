import { router } from "../../trpc/init.js";
import { addMembership } from "./add-membership.js";
import { createOrganisation } from "./create-organisation.js";
import { endMembership } from "./end-membership.js";
import { getOrganisation } from "./get-organisation.js";
import { listMemberships } from "./list-memberships.js";
import { listOrganisations } from "./list-organisations.js";
import { updateOrganisation } from "./update-organisation.js";

export const organisationsRouter = router({
  list: listOrganisations,
  get: getOrganisation,
  create: createOrganisation,
  update: updateOrganisation,
  listMemberships,
  addMembership,
  endMembership,
});
