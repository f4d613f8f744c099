import type { FastifyRequest } from "fastify";

export const SIGN_IN_PAGE = "/sign-in";
export const CALLBACK_PATH = "/api/auth/oidc/callback";

/**
 * The portal's address as the browser sees it: SAMSPILL_PUBLIC_URL when set, else the request's
 * own protocol and host. A forged Host header gains nothing: providers send the code only to a
 * redirect URI registered with them.
 */
export function portalBaseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export function redirectUri(request: FastifyRequest, publicUrl: string | undefined): string {
  return `${portalBaseUrl(request, publicUrl)}${CALLBACK_PATH}`;
}
