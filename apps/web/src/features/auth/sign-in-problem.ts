import type { ClientErrorCode } from "../../shared/errors/error-code";
import { formProblemOf } from "../../shared/forms";

/** Why a sign-in did not go through, in the terms the form explains it. */
export type SignInProblem =
  | { kind: "invalidCredentials" }
  | { kind: "rateLimited"; minutes: number | undefined }
  | { kind: "passwordSignInOff" }
  | { kind: "other"; code: ClientErrorCode };

/**
 * Reads the API's answer to `auth.signIn`. Wrong e-mail and wrong password are one and the same
 * problem on purpose: telling them apart would reveal which addresses have an account.
 */
export function signInProblemOf(error: unknown): SignInProblem {
  const { code, params, reason } = formProblemOf(error);
  if (code === "UNAUTHENTICATED") return { kind: "invalidCredentials" };
  if (code === "FORBIDDEN" && reason === "password_sign_in_off") return { kind: "passwordSignInOff" };
  if (code === "RATE_LIMITED") {
    const seconds = params.retryAfterSeconds;
    const minutes = typeof seconds === "number" && seconds > 0 ? Math.ceil(seconds / 60) : undefined;
    return { kind: "rateLimited", minutes };
  }
  return { kind: "other", code };
}

/** True when the server says the caller is not signed in, whatever the client believed. */
export function isSignedOutError(error: unknown): boolean {
  return formProblemOf(error).code === "UNAUTHENTICATED";
}
