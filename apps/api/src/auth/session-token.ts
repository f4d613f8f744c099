import { createHash, randomBytes } from "node:crypto";

/** A new session token: 256 random bits, URL-safe. Only its hash is ever stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** How a secret token is stored and looked up: a session's token, a sign-in's `state`. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
