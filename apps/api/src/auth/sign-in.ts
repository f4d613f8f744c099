import { admitSignInAttempt, findUserByEmail, hashPassword, normaliseEmail, settleSignInAttempt, verifyPassword, type Db, type UserRow } from "@samspill/db";
import { DomainError } from "@samspill/domain";
import { passwordSignInPermitted } from "./password-policy.js";
import { SIGN_IN_WINDOW_MS, signInRefusal } from "./session-policy.js";

export interface SignInAttempt {
  email: string;
  password: string;
  ip: string;
  now: Date;
  log: { warn: (details: object, message: string) => void };
}

// Verifying against a real hash when the account does not exist keeps the answer time the
// same either way, so timing does not tell whether an address has an account.
let decoyHash: Promise<string> | undefined;

/**
 * Checks a password sign-in. Every refusal says the same thing (`invalid_credentials`)
 * whether or not the account exists. Before the password is checked, the attempt is admitted
 * against the limits (`signInRefusal`) and recorded as failed in the same locked transaction, so
 * parallel guesses count each other; a correct password then marks it a success. Refusals and
 * failures are logged. A right password is still refused where password sign-in is turned off.
 */
export async function checkPasswordSignIn(db: Db, attempt: SignInAttempt): Promise<UserRow> {
  const email = normaliseEmail(attempt.email);
  const since = new Date(attempt.now.getTime() - SIGN_IN_WINDOW_MS);
  const admitted = await admitSignInAttempt(db, { email, ip: attempt.ip, at: attempt.now, since }, (failures) => {
    const refusal = signInRefusal(failures, attempt.now);
    if (refusal) attempt.log.warn({ email, ip: attempt.ip, ...refusal }, "sign-in refused: too many failed attempts");
    return refusal;
  });
  if ("refusal" in admitted) {
    throw new DomainError("RATE_LIMITED", { reason: "too_many_attempts", params: { retryAfterSeconds: admitted.refusal.retryAfterSeconds } });
  }
  const user = await findUserByEmail(db, email);
  decoyHash ??= hashPassword("decoy password that matches nothing");
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, attempt.password)
    : (await verifyPassword(await decoyHash, attempt.password), false);
  const succeeded = valid && user !== undefined && user.active;
  await settleSignInAttempt(db, admitted.attemptId, { succeeded, userId: user?.id ?? null });
  if (!succeeded || !user) {
    attempt.log.warn({ email, ip: attempt.ip }, "sign-in failed");
    throw new DomainError("UNAUTHENTICATED", { reason: "invalid_credentials" });
  }
  // Said only after the right password, so it tells nothing about which addresses have accounts.
  if (!(await passwordSignInPermitted(db, user))) throw new DomainError("FORBIDDEN", { reason: "password_sign_in_off" });
  return user;
}
