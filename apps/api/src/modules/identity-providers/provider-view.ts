import type { IdentityProviderWithOrganisations } from "@samspill/db";

/** A provider as the admin sees it: where its secret comes from, never the secret itself. */
export function providerView(provider: IdentityProviderWithOrganisations) {
  return {
    id: provider.id,
    version: provider.version,
    name: provider.name,
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecretEncrypted
      ? { kind: "stored" as const }
      : provider.clientSecretEnv
        ? { kind: "environment" as const, name: provider.clientSecretEnv }
        : { kind: "none" as const },
    scopes: provider.scopes,
    acrValues: provider.acrValues,
    emailClaim: provider.emailClaim,
    nameClaim: provider.nameClaim,
    emailDomains: provider.emailDomains,
    listed: provider.listed,
    organisationIds: provider.organisationIds,
    createUsers: provider.createUsers,
    newUserRole: provider.newUserRole,
    newUserOrganisationId: provider.newUserOrganisationId,
  };
}
export type ProviderView = ReturnType<typeof providerView>;
