import { router } from "../../trpc/init.js";
import { addMembership } from "./add-membership.js";
import { createOrganisation } from "./create-organisation.js";
import { endMembership } from "./end-membership.js";
import { getOrganisation } from "./get-organisation.js";
import { getOrganisationLogo } from "./get-organisation-logo.js";
import { listMemberships } from "./list-memberships.js";
import { listOrganisations } from "./list-organisations.js";
import { removeOrganisationLogo } from "./remove-organisation-logo.js";
import { setOrganisationLogo } from "./set-organisation-logo.js";
import { updateOrganisation } from "./update-organisation.js";

export const organisationsRouter = router({
  list: listOrganisations,
  get: getOrganisation,
  create: createOrganisation,
  update: updateOrganisation,
  listMemberships,
  addMembership,
  endMembership,
  logo: getOrganisationLogo,
  setLogo: setOrganisationLogo,
  removeLogo: removeOrganisationLogo,
});
