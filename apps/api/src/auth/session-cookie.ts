import type { FastifyReply, FastifyRequest } from "fastify";

// `__Host-` pins the cookie to this host and path and requires Secure. Plain-HTTP localhost
// development cannot set a Secure cookie, so there (and only there) the plain name is used.
const SECURE_NAME = "__Host-samspill_session";
const LOCAL_NAME = "samspill_session";

export interface CookiePolicy {
  secure: boolean;
}

export function sessionCookieName(policy: CookiePolicy): string {
  return policy.secure ? SECURE_NAME : LOCAL_NAME;
}

export function readSessionCookie(request: FastifyRequest, policy: CookiePolicy): string | undefined {
  const value = request.cookies[sessionCookieName(policy)];
  return value && value.length <= 100 ? value : undefined;
}

export function setSessionCookie(reply: FastifyReply, policy: CookiePolicy, token: string, maxAgeSeconds: number): void {
  reply.setCookie(sessionCookieName(policy), token, {
    path: "/",
    httpOnly: true,
    secure: policy.secure,
    sameSite: "lax",
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy): void {
  reply.clearCookie(sessionCookieName(policy), { path: "/", httpOnly: true, secure: policy.secure, sameSite: "lax" });
}
