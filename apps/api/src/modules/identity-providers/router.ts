import { router } from "../../trpc/init.js";
import { createProvider } from "./create-identity-provider.js";
import { listProviders } from "./list-identity-providers.js";
import { installationSettings, setInstallationPasswordSignInProcedure, setOrganisationPasswordSignIn } from "./password-sign-in.js";
import { removeProvider } from "./remove-identity-provider.js";
import { updateProvider } from "./update-identity-provider.js";
import { linkIdentity, listIdentities, unlinkIdentity } from "./user-identities.js";

/** Single sign-on and password sign-in settings: the admin's alone. */
export const identityProvidersRouter = router({
  list: listProviders,
  create: createProvider,
  update: updateProvider,
  remove: removeProvider,
  listIdentities,
  linkIdentity,
  unlinkIdentity,
  installationSettings,
  setInstallationPasswordSignIn: setInstallationPasswordSignInProcedure,
  setOrganisationPasswordSignIn,
});
