import { describe, expect, it } from "vitest";
import { insertIdentityProvider, setIdentityProviderOrganisations, setInstallationPasswordSignIn } from "@samspill/db";
import { createOrganisation, createUser, getTestDb, openIsolatedDb, uniqueEmail } from "@samspill/db/testing";
import { signedInUser, TEST_PASSWORD, trpcMutation, trpcQuery } from "../testing/harness.js";
import { passwordSignInPermitted } from "./password-policy.js";

describe("password sign-in turned off", () => {
  it("for an organisation: its people are refused after the right password, others are not", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const email = uniqueEmail();
    await createUser(db, { organisationId: council.id, email, password: TEST_PASSWORD });
    const { cookie } = await signedInUser("admin");
    const turnedOff = await trpcMutation("identityProviders.setOrganisationPasswordSignIn", { organisationId: council.id, version: council.version, passwordSignIn: false }, { cookie });
    expect(turnedOff.body.result?.data).toMatchObject({ passwordSignIn: false, version: council.version + 1 });
    const refused = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD });
    expect([refused.status, refused.body.error?.data.reason]).toEqual([403, "password_sign_in_off"]);
    expect(refused.response.headers["set-cookie"]).toBeUndefined();
    const wrong = await trpcMutation("auth.signIn", { email, password: "not the password" });
    expect(wrong.body.error?.data.reason).toBe("invalid_credentials");
  });

  it("for the installation: everyone but admins", async () => {
    const { db, drop } = await openIsolatedDb();
    try {
      const council = await createOrganisation(db, { kind: "regional_council" });
      const member = await createUser(db, { organisationId: council.id });
      const admin = await createUser(db, { organisationId: council.id, role: "admin" });
      expect(await passwordSignInPermitted(db, member)).toBe(true);
      await setInstallationPasswordSignIn(db, false, 0);
      expect(await passwordSignInPermitted(db, member)).toBe(false);
      expect(await passwordSignInPermitted(db, admin)).toBe(true);
      expect(await setInstallationPasswordSignIn(db, true, 0)).toBeUndefined();
    } finally {
      await drop();
    }
  });

  it("the sign-in page is offered listed providers, the domain's, and no password form where the domain's organisations have none", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council", passwordSignIn: false });
    const domain = `${council.id.slice(0, 8)}.kommune.no`;
    const provider = await insertIdentityProvider(db, { name: "Entra ID", issuer: "https://login.example.org", clientId: "x", emailDomains: [domain], listed: false });
    await setIdentityProviderOrganisations(db, provider.id, [council.id]);
    const answer = async (email: string) =>
      (await trpcQuery("auth.signInOptions", { email })).body.result?.data as { password: string; providers: { id: string; startUrl: string }[] };
    const forDomain = await answer(`kari@${domain.toUpperCase()}`);
    expect(forDomain.password).toBe("off");
    expect(forDomain.providers.find((offered) => offered.id === provider.id)?.startUrl).toBe(`/api/auth/oidc/${provider.id}/start`);
    const elsewhere = await answer("kari@elsewhere.example");
    expect(elsewhere.password).toBe("everyone");
    expect(elsewhere.providers.some((offered) => offered.id === provider.id)).toBe(false);
  });
});
