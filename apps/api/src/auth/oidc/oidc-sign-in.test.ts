import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findUserByEmail } from "@samspill/db";
import { createOrganisation, createUser, getTestDb, uniqueEmail } from "@samspill/db/testing";
import { trpcMutation, trpcQuery } from "../../testing/harness.js";
import { finishAt, ssoSignIn } from "../../testing/sso-driver.js";
import { linkedUser, registerProvider, resignedAnswer, startSsoWorld, strangerKey, type SsoWorld } from "../../testing/sso-world.js";
import { SecretBox } from "./secret-box.js";

let world: SsoWorld;
beforeAll(async () => {
  world = await startSsoWorld();
});
afterAll(async () => world.close());

const refusedWith = (code: string) => `/sign-in?sso_error=${code}`;

async function signedInThrough(outcome: { sessionCookie: string | undefined }) {
  return (await trpcQuery("auth.me", undefined, { app: world.app, cookie: outcome.sessionCookie ?? "" })).body.result?.data as { id: string } | null;
}

describe("single sign-on", () => {
  it("signs a linked user in with a database session, audited, and lands on the home page", async () => {
    const { council, user, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    const outcome = await ssoSignIn(world.app, provider.id, subject);
    expect(outcome.location).toBe("http://samspill.test/");
    expect((await signedInThrough(outcome))?.id).toBe(user.id);
    const db = await getTestDb();
    const audit = await db.selectFrom("auditEvent").selectAll().where("subjectId", "=", user.id).where("action", "=", "user.signed_in").executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ method: "oidc", providerId: provider.id });
  });

  it("ends the provider's session too at sign-out (RP-initiated logout)", async () => {
    const { council, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    const outcome = await ssoSignIn(world.app, provider.id, subject);
    const signedOut = await trpcMutation("auth.signOut", undefined, { app: world.app, cookie: outcome.sessionCookie ?? "" });
    const url = new URL((signedOut.body.result?.data as { providerSignOutUrl: string }).providerSignOutUrl);
    expect(url.origin + url.pathname).toBe(`${world.provider.issuer}/session/end`);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe("http://samspill.test/");
    expect(url.searchParams.get("id_token_hint")).toMatch(/^ey/);
    expect(await signedInThrough(outcome)).toBeNull();
  });

  it("follows the provider's key rotation: a token under a new key fetches the JWKS again", async () => {
    const { council, user, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    expect((await signedInThrough(await ssoSignIn(world.app, provider.id, subject)))?.id).toBe(user.id);
    await world.provider.rotateKeys();
    // openid-client looks for a new key at most once a minute, so a flood of unknown keys
    // cannot make it hammer the provider; the clock moves past that minute.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    try {
      expect((await signedInThrough(await ssoSignIn(world.app, provider.id, subject)))?.id).toBe(user.id);
    } finally {
      vi.useRealTimers();
    }
  });

  it("uses a client secret stored sealed under the secret key", async () => {
    const { council, user, subject } = await linkedUser(world);
    const sealed = new SecretBox("a secret key for the tests, 32+ characters").seal("a client secret for the tests");
    const provider = await registerProvider(world, [council.id], { clientSecretEnv: null, clientSecretEncrypted: sealed });
    expect((await signedInThrough(await ssoSignIn(world.app, provider.id, subject)))?.id).toBe(user.id);
  });

  it("creates a user on first sign-in where the provider creates users, and finds them again by subject", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const provider = await registerProvider(world, [council.id], { createUsers: true, newUserRole: "council_member", newUserOrganisationId: council.id });
    const subject = randomUUID();
    const email = uniqueEmail();
    world.accounts[subject] = { email, name: "Kari Nordmann" };
    const first = await ssoSignIn(world.app, provider.id, subject);
    const created = await findUserByEmail(db, email);
    expect(created).toMatchObject({ name: "Kari Nordmann", role: "council_member", organisationId: council.id, passwordHash: null });
    expect((await signedInThrough(first))?.id).toBe(created?.id);
    world.accounts[subject] = { email: uniqueEmail(), name: "Kari Nordmann" };
    expect((await signedInThrough(await ssoSignIn(world.app, provider.id, subject)))?.id).toBe(created?.id);
  });
});

describe("single sign-on refusals: never a session", () => {
  async function expectRefusal(outcome: { location: string; sessionCookie: string | undefined }, code: string) {
    expect(outcome.location).toBe(refusedWith(code));
    expect(outcome.sessionCookie).toBeUndefined();
  }

  it("a provider that is down", async () => {
    const council = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const provider = await registerProvider(world, [council.id], { issuer: "http://127.0.0.1:1" });
    await expectRefusal(await ssoSignIn(world.app, provider.id, "anyone"), "provider_unavailable");
  });

  it("a token endpoint that does not answer", async () => {
    const { council, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    world.tamper = () => Promise.reject(new TypeError("fetch failed"));
    try {
      await expectRefusal(await ssoSignIn(world.app, provider.id, subject), "provider_unavailable");
    } finally {
      world.tamper = undefined;
    }
  });

  it("a provider that is not registered", async () => {
    await expectRefusal(await ssoSignIn(world.app, randomUUID(), "anyone"), "unknown_provider");
  });

  it("a callback without this browser's state, and one used twice", async () => {
    const { council, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    const first = await ssoSignIn(world.app, provider.id, subject);
    await expectRefusal(await finishAt(world.app, first.callbackUrl ?? "", undefined), "state_mismatch");
    const state = new URL(first.callbackUrl ?? "").searchParams.get("state");
    await expectRefusal(await finishAt(world.app, first.callbackUrl ?? "", `samspill_sso=${state}`), "state_mismatch");
  });

  it("a code the provider no longer accepts (already redeemed or expired)", async () => {
    const { council, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    world.tamper = async (answer) => {
      await answer();
      return answer();
    };
    try {
      await expectRefusal(await ssoSignIn(world.app, provider.id, subject), "code_rejected");
    } finally {
      world.tamper = undefined;
    }
  });

  const forged: [string, (claims: Record<string, unknown>) => void, boolean][] = [
    ["an ID token for another audience", (claims) => void (claims.aud = "another-client"), false],
    ["an ID token from another issuer", (claims) => void (claims.iss = "https://evil.example"), false],
    ["an expired ID token", (claims) => void (claims.exp = Math.floor(Date.now() / 1000) - 3600), false],
    ["an ID token with another nonce", (claims) => void (claims.nonce = "replayed"), false],
    ["an ID token signed with a key the provider never published", () => undefined, true],
  ];
  it.each(forged)("%s", async (_name, change, stranger) => {
    const { council, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    world.tamper = (answer) => resignedAnswer(answer, change, stranger ? strangerKey(world) : world.provider.signingKey);
    try {
      await expectRefusal(await ssoSignIn(world.app, provider.id, subject), "token_invalid");
    } finally {
      world.tamper = undefined;
    }
  });

  it("an authentication level below the acr_values asked for", async () => {
    const { council, user, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id], { acrValues: "high" });
    await expectRefusal(await ssoSignIn(world.app, provider.id, subject, { acr: "substantial" }), "acr_mismatch");
    expect((await signedInThrough(await ssoSignIn(world.app, provider.id, subject, { acr: "high" })))?.id).toBe(user.id);
  });

  it("an unknown user where the provider creates no users", async () => {
    const council = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const provider = await registerProvider(world, [council.id]);
    const subject = randomUUID();
    world.accounts[subject] = { email: uniqueEmail() };
    await expectRefusal(await ssoSignIn(world.app, provider.id, subject), "unknown_user");
  });

  it("a new user whose address already has an unlinked account, or who has no address", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const existing = await createUser(db, { organisationId: council.id });
    const provider = await registerProvider(world, [council.id], { createUsers: true, newUserRole: "council_member", newUserOrganisationId: council.id });
    const subject = randomUUID();
    world.accounts[subject] = { email: existing.email };
    await expectRefusal(await ssoSignIn(world.app, provider.id, subject), "account_exists_unlinked");
    const nameless = randomUUID();
    world.accounts[nameless] = {};
    await expectRefusal(await ssoSignIn(world.app, provider.id, nameless), "email_missing");
  });

  it("a user of an organisation the provider does not serve", async () => {
    const { subject } = await linkedUser(world);
    const elsewhere = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const provider = await registerProvider(world, [elsewhere.id]);
    await expectRefusal(await ssoSignIn(world.app, provider.id, subject), "organisation_not_allowed");
  });

  it("a deactivated user", async () => {
    const { council, user, subject } = await linkedUser(world);
    const provider = await registerProvider(world, [council.id]);
    await (await getTestDb()).updateTable("appUser").set({ active: false }).where("id", "=", user.id).execute();
    await expectRefusal(await ssoSignIn(world.app, provider.id, subject), "user_inactive");
  });
});
