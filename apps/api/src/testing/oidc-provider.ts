import { generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

// A real OpenID provider on this machine for the tests (oidc-provider, the certified reference
// implementation): discovery, JWKS, authorization code with PKCE, ID tokens, RP-initiated
// logout. Its signing key is generated per start. Who signs in is typed into its own small
// form (`login` = the subject, `acr` optional), so tests and the browser specs drive it alike.

export interface TestAccount {
  email?: string;
  name?: string;
}

export interface TestClient {
  clientId: string;
  /** None: a public client, authenticated by PKCE alone. */
  clientSecret?: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface OidcTestProviderOptions {
  clients: TestClient[];
  accounts: Record<string, TestAccount>;
  /** Fixed port (the browser specs'); an ephemeral one on 127.0.0.1 unless given. */
  port?: number;
  acrValues?: string[];
}

export interface OidcTestProvider {
  issuer: string;
  /** The current signing key, for tests that forge or alter tokens. */
  signingKey: { kid: string; privateKey: KeyObject };
  /** A new signing key under a new `kid`, as a provider rotates its keys. */
  rotateKeys(): Promise<void>;
  close(): Promise<void>;
}

function newSigningKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid: randomUUID(), privateKey };
}

function loginPage(uid: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>
<form method="post" action="/interaction/${uid}">
<label for="login">Subject</label> <input id="login" name="login" autocomplete="off">
<label for="acr">Level</label> <input id="acr" name="acr" autocomplete="off">
<button type="submit">Continue</button></form></main></body></html>`;
}

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function buildProvider(issuer: string, options: OidcTestProviderOptions, key: { kid: string; privateKey: KeyObject }): Provider {
  const provider = new Provider(issuer, {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      ...(client.clientSecret ? { client_secret: client.clientSecret } : {}),
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: client.clientSecret ? "client_secret_post" : "none",
    })),
    jwks: { keys: [{ ...key.privateKey.export({ format: "jwk" }), kid: key.kid, use: "sig", alg: "RS256" }] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, ...options.accounts[sub] }),
    }),
    claims: { openid: ["sub"], email: ["email"], profile: ["name"] },
    acrValues: options.acrValues ?? ["substantial", "high"],
    cookies: { keys: [randomUUID()] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    pkce: { required: () => true },
    // Claims of the scopes asked for go into the ID token, as Entra ID and Ansattporten put them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  });
  return provider;
}

export async function startOidcTestProvider(options: OidcTestProviderOptions): Promise<OidcTestProvider> {
  let signingKey = newSigningKey();
  let provider: Provider | undefined;
  const server: Server = createServer((request, response) => {
    const current = provider;
    if (!current) return void response.writeHead(503).end();
    const interaction = /^\/interaction\/([\w-]+)$/.exec(request.url ?? "");
    if (!interaction?.[1]) return void current.callback()(request, response);
    const uid = interaction[1];
    void (async () => {
      try {
        if (request.method === "GET") {
          await current.interactionDetails(request, response);
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(uid));
          return;
        }
        const body = await formBody(request);
        const login = body.get("login")?.trim() ?? "";
        const details = await current.interactionDetails(request, response);
        const grant = new current.Grant({ accountId: login, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        const acr = body.get("acr")?.trim();
        await current.interactionFinished(
          request,
          response,
          { login: { accountId: login, ...(acr ? { acr } : {}) }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        response.writeHead(400, { "content-type": "text/plain" }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = buildProvider(issuer, options, signingKey);
  return {
    issuer,
    get signingKey() {
      return signingKey;
    },
    async rotateKeys() {
      signingKey = newSigningKey();
      provider = buildProvider(issuer, options, signingKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
