import { isSignedOutError } from "./sign-in-problem";
import { signInHref } from "./return-to";

export interface SessionEndEffects {
  /** Whether the client believes someone is signed in (the cached `auth.me` is a user). */
  isSignedIn: () => boolean;
  /** Forget everything cached for the user who was signed in. */
  forgetUser: () => void;
  navigate: (href: string) => void;
  /** Path, query and fragment of the page the reader is on. */
  currentPath: () => string;
}

/**
 * Called for every failed query and mutation. An UNAUTHENTICATED answer while we believed we
 * were signed in means the session ended on the server (expired, revoked, signed out in
 * another tab): drop what was cached and ask to sign in again, then come back here.
 * Returns whether it did so. After the first such error the client no longer believes it is
 * signed in, so a burst of failing queries sends the reader to sign in only once.
 */
export function handleSessionEnd(error: unknown, effects: SessionEndEffects): boolean {
  if (!isSignedOutError(error) || !effects.isSignedIn()) return false;
  const returnTo = effects.currentPath();
  effects.forgetUser();
  effects.navigate(signInHref(returnTo, "session_ended"));
  return true;
}
