import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { CustomFetch } from "openid-client";
import { insertIdentityProvider, insertUserIdentity, setIdentityProviderOrganisations, type IdentityProviderRow, type NewIdentityProvider } from "@samspill/db";
import { createOrganisation, createUser, getTestDb } from "@samspill/db/testing";
import { SecretBox } from "../auth/oidc/secret-box.js";
import { buildTestApp } from "./harness.js";
import { startOidcTestProvider, type OidcTestProvider } from "./oidc-provider.js";

// One local provider and one Samspill app for the single sign-on tests, with a seam in the
// HTTP client towards the provider so a test can alter what the provider answers.

export const PORTAL = "http://samspill.test";
export const CLIENT = { clientId: "samspill", clientSecret: "a client secret for the tests" };

export type TokenTamper = (answer: () => Promise<Response>) => Promise<Response>;

export interface SsoWorld {
  provider: OidcTestProvider;
  app: FastifyInstance;
  accounts: Record<string, { email?: string; name?: string }>;
  /** Alters the provider's token answers while set. */
  tamper: TokenTamper | undefined;
  close(): Promise<void>;
}

export async function startSsoWorld(): Promise<SsoWorld> {
  const accounts: SsoWorld["accounts"] = {};
  const provider = await startOidcTestProvider({
    clients: [{ ...CLIENT, redirectUris: [`${PORTAL}/api/auth/oidc/callback`], postLogoutRedirectUris: [`${PORTAL}/`] }],
    accounts,
  });
  const world: SsoWorld = {
    provider,
    accounts,
    tamper: undefined,
    app: undefined as unknown as FastifyInstance,
    async close() {
      await world.app.close();
      await provider.close();
    },
  };
  const seam: CustomFetch = (url, options) => {
    const send = () => fetch(url, options as RequestInit);
    return world.tamper && url.endsWith("/token") ? world.tamper(send) : send();
  };
  world.app = await buildTestApp({
    secureCookies: false,
    oidc: { publicUrl: PORTAL, secrets: new SecretBox("a secret key for the tests, 32+ characters"), env: { SAMSPILL_OIDC_SECRET_TEST: CLIENT.clientSecret }, fetch: seam },
  });
  return world;
}

/** A provider row for the local provider, serving `organisationIds`, with the secret from the environment. */
export async function registerProvider(world: SsoWorld, organisationIds: string[], values: Partial<NewIdentityProvider> = {}): Promise<IdentityProviderRow> {
  const db = await getTestDb();
  const row = await insertIdentityProvider(db, {
    name: "Test ID",
    issuer: world.provider.issuer,
    clientId: CLIENT.clientId,
    clientSecretEnv: "SAMSPILL_OIDC_SECRET_TEST",
    ...values,
  });
  await setIdentityProviderOrganisations(db, row.id, organisationIds);
  return row;
}

/** A council with a secretariat user known to the local provider as a new subject. */
export async function linkedUser(world: SsoWorld) {
  const db = await getTestDb();
  const council = await createOrganisation(db, { kind: "regional_council" });
  const user = await createUser(db, { organisationId: council.id });
  const subject = randomUUID();
  world.accounts[subject] = { email: user.email, name: user.name };
  await insertUserIdentity(db, { userId: user.id, issuer: world.provider.issuer, subject });
  return { council, user, subject };
}

/** The token endpoint's answer with the ID token's claims changed and signed again by `key`. */
export function resignedAnswer(
  answer: () => Promise<Response>,
  change: (claims: Record<string, unknown>) => void,
  key: { kid: string; privateKey: KeyObject },
): Promise<Response> {
  return answer().then(async (response) => {
    const body = (await response.json()) as { id_token: string };
    const [header = "", payload = ""] = body.id_token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    change(claims);
    const head = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(header, "base64url").toString("utf8")), kid: key.kid })).toString("base64url");
    const content = Buffer.from(JSON.stringify(claims)).toString("base64url");
    const signature = createSign("RSA-SHA256").update(`${head}.${content}`).sign(key.privateKey).toString("base64url");
    return Response.json({ ...body, id_token: `${head}.${content}.${signature}` }, { status: response.status });
  });
}

/** A key the provider never published, under the provider's current `kid`. */
export function strangerKey(world: SsoWorld) {
  return { kid: world.provider.signingKey.kid, privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey };
}
