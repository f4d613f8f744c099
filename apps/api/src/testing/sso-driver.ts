import type { FastifyInstance } from "fastify";

// Walks a single sign-on the way a browser does, without one: Samspill's start, the test
// provider's login form, back to Samspill's callback. The provider's cookies are kept in a jar;
// Samspill's are carried by hand, as `inject()` has no jar.

export interface SsoOutcome {
  /** Where Samspill sent the browser at the end: `/` or `/sign-in?sso_error=…`. */
  location: string;
  /** The session cookie, when a session was opened. */
  sessionCookie: string | undefined;
  /** The callback Samspill was sent to, for tests that replay it. */
  callbackUrl: string | undefined;
}

const cookieOf = (headers: unknown, name: string): string | undefined =>
  ([] as string[]).concat((headers as string[] | string | undefined) ?? []).map((line) => line.split(";")[0] ?? "").find((pair) => pair.startsWith(`${name}=`));

async function followProvider(url: string, login: string, acr: string | undefined): Promise<string> {
  const jar = new Map<string, string>();
  let next = url;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await fetch(next, {
      method: body ? "POST" : "GET",
      redirect: "manual",
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") },
      ...(body ? { body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    body = undefined;
    const location = response.headers.get("location");
    if (location && !location.startsWith("/") && !location.startsWith(new URL(next).origin)) return location;
    if (location) {
      next = new URL(location, next).href;
      continue;
    }
    if (response.status === 200 && next.includes("/interaction/")) {
      body = new URLSearchParams({ login, acr: acr ?? "" });
      continue;
    }
    throw new Error(`test provider answered ${response.status}: ${await response.text()}`);
  }
  throw new Error("too many redirects at the test provider");
}

/** A whole sign-in through provider `providerId` as the provider's subject `login`. */
export async function ssoSignIn(app: FastifyInstance, providerId: string, login: string, options: { acr?: string } = {}): Promise<SsoOutcome> {
  const start = await app.inject({ method: "GET", url: `/api/auth/oidc/${providerId}/start` });
  const startLocation = String(start.headers.location ?? "");
  const stateCookie = cookieOf(start.headers["set-cookie"], "samspill_sso");
  if (!stateCookie || stateCookie === "samspill_sso=") return { location: startLocation, sessionCookie: undefined, callbackUrl: undefined };
  const callbackUrl = await followProvider(startLocation, login, options.acr);
  const outcome = await finishAt(app, callbackUrl, stateCookie);
  return { ...outcome, callbackUrl };
}

/** Samspill's callback as the browser reaches it, with the state cookie it was given at the start. */
export async function finishAt(app: FastifyInstance, callbackUrl: string, stateCookie: string | undefined) {
  const url = new URL(callbackUrl);
  const callback = await app.inject({ method: "GET", url: url.pathname + url.search, headers: stateCookie ? { cookie: stateCookie } : {} });
  return { location: String(callback.headers.location ?? ""), sessionCookie: cookieOf(callback.headers["set-cookie"], "samspill_session") };
}
