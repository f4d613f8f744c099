import argon2 from "argon2";

// OWASP Password Storage Cheat Sheet minimum for argon2id: 19 MiB memory, 2 iterations,
// 1 degree of parallelism. The parameters are stored in the hash, so raising them later
// still verifies old hashes; `needsRehash` tells when to upgrade one at sign-in.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed hash, so a broken row cannot sign anyone in. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export function passwordNeedsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, OPTIONS);
}
