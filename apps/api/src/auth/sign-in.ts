import { countFailedSignIns, findUserByEmail, hashPassword, normaliseEmail, recordSignInAttempt, verifyPassword, type Db, type UserRow } from "@samspill/db";
import { DomainError } from "@samspill/domain";
import { MAX_FAILED_PER_ACCOUNT, MAX_FAILED_PER_ADDRESS, SIGN_IN_WINDOW_MS } from "./session-policy.js";

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
 * whether or not the account exists; too many failures per account or per address in the
 * window are refused before the password is even checked. Failures are recorded and logged.
 */
export async function checkPasswordSignIn(db: Db, attempt: SignInAttempt): Promise<UserRow> {
  const email = normaliseEmail(attempt.email);
  const since = new Date(attempt.now.getTime() - SIGN_IN_WINDOW_MS);
  const failures = await countFailedSignIns(db, { email, ip: attempt.ip, since });
  if (failures.byEmail >= MAX_FAILED_PER_ACCOUNT || failures.byIp >= MAX_FAILED_PER_ADDRESS) {
    attempt.log.warn({ email, ip: attempt.ip, ...failures }, "sign-in refused: too many failed attempts");
    throw new DomainError("RATE_LIMITED", { reason: "too_many_attempts", params: { retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 } });
  }
  const user = await findUserByEmail(db, email);
  decoyHash ??= hashPassword("decoy password that matches nothing");
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, attempt.password)
    : (await verifyPassword(await decoyHash, attempt.password), false);
  const succeeded = valid && user !== undefined && user.active;
  await recordSignInAttempt(db, { email, ip: attempt.ip, succeeded, userId: user?.id ?? null, attemptedAt: attempt.now });
  if (!succeeded || !user) {
    attempt.log.warn({ email, ip: attempt.ip }, "sign-in failed");
    throw new DomainError("UNAUTHENTICATED", { reason: "invalid_credentials" });
  }
  return user;
}
