import { hrefFor } from "../../shared/router/routes";

// Where to go after signing in. `?returnTo=` comes from the address bar, so anyone can craft
// it: only a path on this site is followed, never another origin (an open redirect would let a
// phishing link borrow our sign-in page).

export const RETURN_TO_PARAM = "returnTo";
export const REASON_PARAM = "reason";
const SIGN_IN_PATH = hrefFor({ name: "signIn" });

/** Why the sign-in page was opened by the app itself rather than by the reader. */
export type SignInReason = "session_ended";

const HOME = "/";
const PROBE_ORIGIN = "https://samspill.invalid";

/**
 * The path to return to, or `/` for anything that is not a same-site relative path: it must
 * start with exactly one `/` (`//host` and `/\host` are other hosts to a browser), contain no
 * control characters or backslashes (which URL parsers drop or turn into slashes), and still
 * resolve to this origin. Returning to the sign-in page itself would be a loop, so that is `/` too.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return HOME;
  if (/[\\\s]/.test(value) || hasControlCharacter(value)) return HOME;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return HOME;
  }
  if (url.origin !== PROBE_ORIGIN) return HOME;
  if (url.pathname === SIGN_IN_PATH || url.pathname === `${SIGN_IN_PATH}/`) return HOME;
  return url.pathname + url.search + url.hash;
}

function hasControlCharacter(value: string): boolean {
  return [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

/** The sign-in page's address, remembering where the reader was (if it is worth returning to). */
export function signInHref(returnTo?: string, reason?: SignInReason): string {
  const params = new URLSearchParams();
  const target = safeReturnTo(returnTo);
  if (target !== HOME) params.set(RETURN_TO_PARAM, target);
  if (reason) params.set(REASON_PARAM, reason);
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

export function readSignInParams(search: string): { returnTo: string; reason: SignInReason | undefined } {
  const params = new URLSearchParams(search);
  return {
    returnTo: safeReturnTo(params.get(RETURN_TO_PARAM)),
    reason: params.get(REASON_PARAM) === "session_ended" ? "session_ended" : undefined,
  };
}
