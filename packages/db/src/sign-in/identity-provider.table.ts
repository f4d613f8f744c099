import type { Insertable, Selectable } from "kysely";
import type { Database } from "../client/database.js";

export type IdentityProviderTable = Database["identityProvider"];
export type IdentityProviderRow = Selectable<IdentityProviderTable>;
export type NewIdentityProvider = Insertable<IdentityProviderTable>;

export type UserIdentityRow = Selectable<Database["userIdentity"]>;
export type OidcPendingSignInRow = Selectable<Database["oidcPendingSignIn"]>;
export type OidcSessionRow = Selectable<Database["oidcSession"]>;

/** A provider with the organisations whose people it signs in. */
export type IdentityProviderWithOrganisations = IdentityProviderRow & { organisationIds: string[] };
