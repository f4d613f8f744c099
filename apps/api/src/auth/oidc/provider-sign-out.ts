import * as client from "openid-client";
import { findIdentityProvider, findOidcSession, type Executor } from "@samspill/db";
import type { FastifyRequest } from "fastify";
import type { OidcServices } from "./oidc-services.js";
import { portalBaseUrl } from "./portal-url.js";

/**
 * Where to send the browser so the provider ends its session too (RP-initiated logout), for a
 * session opened through a provider that offers it; otherwise null. Called before the session is
 * ended. A provider that cannot be reached leaves only our own session ended.
 */
export async function providerSignOutUrl(
  db: Executor,
  oidc: OidcServices,
  request: FastifyRequest,
  sessionId: string,
  now: Date,
): Promise<string | null> {
  const found = await findOidcSession(db, sessionId);
  if (!found) return null;
  const provider = await findIdentityProvider(db, found.providerId);
  if (!provider) return null;
  try {
    const configuration = await oidc.configuration(provider, now);
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(configuration, {
      id_token_hint: found.idToken,
      post_logout_redirect_uri: `${portalBaseUrl(request, oidc.options.publicUrl)}/`,
    }).href;
  } catch (error) {
    request.log.warn({ err: error, providerId: provider.id }, "provider sign-out unavailable");
    return null;
  }
}
