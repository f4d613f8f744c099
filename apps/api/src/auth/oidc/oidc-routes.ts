import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import * as client from "openid-client";
import { findIdentityProvider, insertPendingSignIn, takePendingSignIn, type Db, type IdentityProviderRow } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { setSessionCookie, type CookiePolicy } from "../session-cookie.js";
import { SESSION_ABSOLUTE_MS } from "../session-policy.js";
import { hashToken } from "../session-token.js";
import { completeSignIn } from "./complete-sign-in.js";
import type { OidcServices } from "./oidc-services.js";
import { portalBaseUrl, redirectUri, SIGN_IN_PAGE } from "./portal-url.js";
import { SsoRefusal } from "./sso-refusal.js";
import { validatedClaims } from "./token-checks.js";

const PENDING_MS = 10 * 60 * 1000;

interface OidcRouteServices {
  db: Db;
  cookies: CookiePolicy;
  now: () => Date;
  oidc: OidcServices;
}

// The `state` travels to the provider and back and is also kept in a short-lived cookie of this
// browser: a callback is accepted only in the browser that started it (no login CSRF), once,
// and within ten minutes. The PKCE verifier and the nonce never leave the server.
function stateCookieName(policy: CookiePolicy): string {
  return policy.secure ? "__Host-samspill_sso" : "samspill_sso";
}

export function registerOidcRoutes(app: FastifyInstance, services: OidcRouteServices): void {
  const cookieOptions = { path: "/", httpOnly: true, secure: services.cookies.secure, sameSite: "lax" as const };

  // The provider's discovery document and keys; a provider that does not answer is a refusal.
  const configurationOf = (provider: IdentityProviderRow, now: Date) =>
    services.oidc.configuration(provider, now).catch((cause: unknown) => {
      throw new SsoRefusal("provider_unavailable", { cause });
    });

  const refuse = (request: FastifyRequest, reply: FastifyReply, refusal: SsoRefusal) => {
    const cause = refusal.cause instanceof Error ? { err: refusal.cause } : { detail: refusal.cause };
    request.log.warn({ ssoError: refusal.code, ...cause }, "single sign-on refused");
    reply.clearCookie(stateCookieName(services.cookies), cookieOptions);
    return reply.header("cache-control", "no-store").redirect(`${SIGN_IN_PAGE}?sso_error=${refusal.code}`, 303);
  };

  app.get<{ Params: { providerId: string } }>("/api/auth/oidc/:providerId/start", async (request, reply) => {
    try {
      const providerId = IdSchema.safeParse(request.params.providerId);
      const provider = providerId.success ? await findIdentityProvider(services.db, providerId.data) : undefined;
      if (!provider) throw new SsoRefusal("unknown_provider");
      const now = services.now();
      const configuration = await configurationOf(provider, now);
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      await insertPendingSignIn(services.db, {
        stateHash: hashToken(state), providerId: provider.id, codeVerifier, nonce, expiresAt: new Date(now.getTime() + PENDING_MS),
      }, now);
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri(request, services.oidc.options.publicUrl),
        scope: provider.scopes,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
      };
      if (provider.acrValues) parameters.acr_values = provider.acrValues;
      reply.setCookie(stateCookieName(services.cookies), state, { ...cookieOptions, maxAge: PENDING_MS / 1000 });
      return reply.header("cache-control", "no-store").redirect(client.buildAuthorizationUrl(configuration, parameters).href, 303);
    } catch (error) {
      if (error instanceof SsoRefusal) return refuse(request, reply, error);
      throw error;
    }
  });

  app.get<{ Querystring: Record<string, string | undefined> }>("/api/auth/oidc/callback", async (request, reply) => {
    try {
      const state = request.query.state ?? "";
      const expected = request.cookies[stateCookieName(services.cookies)] ?? "";
      if (!state || !sameText(state, expected)) throw new SsoRefusal("state_mismatch");
      const now = services.now();
      const pending = await takePendingSignIn(services.db, hashToken(state), now);
      if (!pending) throw new SsoRefusal("state_mismatch");
      if (request.query.error) throw new SsoRefusal("provider_refused", { cause: request.query.error });
      const provider = await findIdentityProvider(services.db, pending.providerId);
      if (!provider) throw new SsoRefusal("unknown_provider");
      const configuration = await configurationOf(provider, now);
      const uri = redirectUri(request, services.oidc.options.publicUrl);
      const { claims, idToken } = await validatedClaims(configuration, provider, {
        currentUrl: new URL(`${uri}?${new URL(request.url, "http://callback.invalid").searchParams.toString()}`),
        redirectUri: uri,
        state,
        pending,
      });
      const { token } = await completeSignIn(services.db, {
        provider,
        claims,
        idToken,
        meta: { ip: request.ip, userAgent: String(request.headers["user-agent"] ?? ""), now, requestId: String(request.id) },
      });
      reply.clearCookie(stateCookieName(services.cookies), cookieOptions);
      setSessionCookie(reply, services.cookies, token, SESSION_ABSOLUTE_MS / 1000);
      return reply.header("cache-control", "no-store").redirect(`${portalBaseUrl(request, services.oidc.options.publicUrl)}/`, 303);
    } catch (error) {
      if (error instanceof SsoRefusal) return refuse(request, reply, error);
      throw error;
    }
  });
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
