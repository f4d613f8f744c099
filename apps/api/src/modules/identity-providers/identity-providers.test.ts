import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, getTestDb, uniqueName } from "@samspill/db/testing";
import { SecretBox } from "../../auth/oidc/secret-box.js";
import { buildTestApp, signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";

const SECRET = "the provider's client secret";

async function providerInput() {
  const council = await createOrganisation(await getTestDb(), { kind: "regional_council" });
  return {
    council,
    input: {
      name: uniqueName("Ansattporten"),
      issuer: "https://ansattporten.no",
      clientId: randomUUID(),
      scopes: "openid profile",
      acrValues: "anskaffelser",
      emailClaim: "email",
      nameClaim: "name",
      emailDomains: ["Hamar.kommune.no"],
      listed: false,
      organisationIds: [council.id],
      createUsers: true,
      newUserRole: "council_member",
      newUserOrganisationId: council.id,
    },
  };
}

describe("identity providers", () => {
  it("stores a client secret sealed, answers only that one is set, and keeps it out of the audit log", async () => {
    const app = await buildTestApp({ oidc: { secrets: new SecretBox("the installation's secret key, long enough") } });
    const { cookie } = await signedInUser("admin", undefined, app);
    const { input } = await providerInput();
    const created = await trpcMutation("identityProviders.create", { ...input, clientSecret: { kind: "stored", value: SECRET } }, { app, cookie });
    expect(created.status).toBe(200);
    const view = created.body.result?.data as { id: string; clientSecret: unknown; emailDomains: string[] };
    expect(view.clientSecret).toEqual({ kind: "stored" });
    expect(view.emailDomains).toEqual(["hamar.kommune.no"]);
    const db = await getTestDb();
    const row = await db.selectFrom("identityProvider").selectAll().where("id", "=", view.id).executeTakeFirstOrThrow();
    expect(row.clientSecretEncrypted).toMatch(/^v1\./);
    expect(row.clientSecretEncrypted).not.toContain(SECRET);
    const listed = await trpcQuery("identityProviders.list", undefined, { app, cookie });
    expect(JSON.stringify(listed.body)).not.toContain(SECRET);
    const audit = await db.selectFrom("auditEvent").select(["action", "after"]).where("subjectId", "=", view.id).execute();
    expect(audit.map((event) => event.action)).toEqual(["identity_provider.created"]);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    await app.close();
  });

  it("refuses to store a secret without SAMSPILL_SECRET_KEY, naming the field; an environment variable works", async () => {
    const { cookie } = await signedInUser("admin");
    const { input } = await providerInput();
    const refused = await trpcMutation("identityProviders.create", { ...input, clientSecret: { kind: "stored", value: SECRET } }, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data).toMatchObject({ reason: "secret_key_missing", params: { field: "clientSecret" } });
    const byName = await trpcMutation("identityProviders.create", { ...input, clientSecret: { kind: "environment", name: "SAMSPILL_OIDC_SECRET_HAMAR" } }, { cookie });
    expect((byName.body.result?.data as { clientSecret: unknown }).clientSecret).toEqual({ kind: "environment", name: "SAMSPILL_OIDC_SECRET_HAMAR" });
    const other = await trpcMutation("identityProviders.create", { ...input, clientSecret: { kind: "environment", name: "DATABASE_URL" } }, { cookie });
    expect(other.status).toBe(400);
  });

  it("refuses creating users without a role, and a role that does not fit the organisation", async () => {
    const { cookie } = await signedInUser("admin");
    const { input } = await providerInput();
    const noRole = await trpcMutation("identityProviders.create", { ...input, newUserRole: null, clientSecret: { kind: "none" } }, { cookie });
    expect(noRole.status).toBe(400);
    expect(JSON.stringify(noRole.body.error?.data)).toContain("newUserRole");
    const misfit = await trpcMutation("identityProviders.create", { ...input, newUserRole: "county_official", clientSecret: { kind: "none" } }, { cookie });
    expect(misfit.body.error?.data).toMatchObject({ reason: "role_does_not_fit_organisation" });
  });

  it("updates at the version read, keeps the secret unless replaced, and removes at the version read", async () => {
    const { cookie } = await signedInUser("admin");
    const { input } = await providerInput();
    const created = (await trpcMutation("identityProviders.create", { ...input, clientSecret: { kind: "environment", name: "SAMSPILL_OIDC_SECRET_A" } }, { cookie })).body.result?.data as { id: string; version: number };
    const update = { ...input, id: created.id, version: created.version, name: "Renamed", clientSecret: { kind: "keep" } };
    const updated = await trpcMutation("identityProviders.update", update, { cookie });
    expect(updated.body.result?.data).toMatchObject({ name: "Renamed", version: 2, clientSecret: { kind: "environment", name: "SAMSPILL_OIDC_SECRET_A" } });
    expect((await trpcMutation("identityProviders.update", update, { cookie })).status).toBe(409);
    expect((await trpcMutation("identityProviders.remove", { id: created.id, version: 1 }, { cookie })).status).toBe(409);
    expect((await trpcMutation("identityProviders.remove", { id: created.id, version: 2 }, { cookie })).status).toBe(200);
  });

  it("links a password user to an identity by subject, and unlinks it", async () => {
    const { cookie } = await signedInUser("admin");
    const { input, council } = await providerInput();
    const provider = (await trpcMutation("identityProviders.create", { ...input, clientSecret: { kind: "none" } }, { cookie })).body.result?.data as { id: string };
    const user = await createUser(await getTestDb(), { organisationId: council.id });
    const subject = randomUUID();
    const linked = await trpcMutation("identityProviders.linkIdentity", { userId: user.id, providerId: provider.id, subject }, { cookie });
    expect(linked.body.result?.data).toMatchObject({ issuer: "https://ansattporten.no", subject, providerName: input.name });
    const again = await trpcMutation("identityProviders.linkIdentity", { userId: user.id, providerId: provider.id, subject }, { cookie });
    expect(again.status).toBe(409);
    const identities = (await trpcQuery("identityProviders.listIdentities", { userId: user.id }, { cookie })).body.result?.data as { id: string; version: number }[];
    expect(identities).toHaveLength(1);
    const [identity] = identities;
    expect((await trpcMutation("identityProviders.unlinkIdentity", { id: identity?.id, version: identity?.version }, { cookie })).status).toBe(200);
  });
});
