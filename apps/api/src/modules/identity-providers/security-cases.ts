import { getInstallationSettings, insertIdentityProvider, insertUserIdentity } from "@samspill/db";
import { randomUUID } from "node:crypto";
import { createOrganisation, createUser, getTestDb, uniqueName } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";

// Sign-in settings are user management: the admin's alone.
const USER = { kind: "user" } as const;

async function freshProvider() {
  return insertIdentityProvider(await getTestDb(), { name: uniqueName("Provider"), issuer: "https://login.example.org", clientId: "samspill" });
}

const providerInput = (organisationId: string) => ({
  name: uniqueName("Provider"),
  issuer: "https://login.example.org",
  clientId: "samspill",
  scopes: "openid profile email",
  acrValues: null,
  emailClaim: "email",
  nameClaim: "name",
  emailDomains: ["example.org"],
  listed: false,
  organisationIds: [organisationId],
  createUsers: false,
  newUserRole: null,
  newUserOrganisationId: null,
});

export const securityCases: SecurityCase[] = [
  { path: "identityProviders.list", arrange: async () => ({ input: undefined, resource: USER }) },
  {
    path: "identityProviders.create",
    arrange: async (world) => ({ input: { ...providerInput(world.council.id), clientSecret: { kind: "none" } }, resource: USER }),
  },
  {
    path: "identityProviders.update",
    arrange: async (world) => {
      const provider = await freshProvider();
      return { input: { id: provider.id, version: provider.version, ...providerInput(world.council.id), clientSecret: { kind: "keep" } }, resource: USER };
    },
  },
  {
    path: "identityProviders.remove",
    arrange: async () => {
      const provider = await freshProvider();
      return { input: { id: provider.id, version: provider.version }, resource: USER };
    },
  },
  {
    path: "identityProviders.listIdentities",
    arrange: async (world) => ({ input: { userId: (await createUser(await getTestDb(), { organisationId: world.council.id })).id }, resource: USER }),
  },
  {
    path: "identityProviders.linkIdentity",
    arrange: async (world) => {
      const user = await createUser(await getTestDb(), { organisationId: world.council.id });
      return { input: { userId: user.id, providerId: (await freshProvider()).id, subject: randomUUID() }, resource: USER };
    },
  },
  {
    path: "identityProviders.unlinkIdentity",
    arrange: async (world) => {
      const db = await getTestDb();
      const user = await createUser(db, { organisationId: world.council.id });
      const identity = await insertUserIdentity(db, { userId: user.id, issuer: "https://login.example.org", subject: randomUUID() });
      return { input: { id: identity.id, version: identity.version }, resource: USER };
    },
  },
  { path: "identityProviders.installationSettings", arrange: async () => ({ input: undefined, resource: USER }) },
  {
    path: "identityProviders.setInstallationPasswordSignIn",
    // Refused calls must leave the setting alone; an allowed one writes `true`, the default, so
    // other tests running meanwhile never meet password sign-in turned off.
    arrange: async () => ({ input: { passwordSignIn: true, version: (await getInstallationSettings(await getTestDb())).version }, resource: USER }),
  },
  {
    path: "identityProviders.setOrganisationPasswordSignIn",
    arrange: async () => {
      const organisation = await createOrganisation(await getTestDb(), { kind: "regional_council" });
      return { input: { organisationId: organisation.id, version: organisation.version, passwordSignIn: false }, resource: USER };
    },
  },
];
