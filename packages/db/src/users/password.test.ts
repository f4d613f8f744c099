import { describe, expect, it } from "vitest";
import { hashPassword, passwordNeedsRehash, verifyPassword } from "./password.js";

describe("passwords", () => {
  it("hashes with argon2id at the OWASP minimum and verifies only the right password", async () => {
    const hash = await hashPassword("korrekt hest batteri stift");

    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "korrekt hest batteri stift")).toBe(true);
    expect(await verifyPassword(hash, "Korrekt hest batteri stift")).toBe(false);
    expect(passwordNeedsRehash(hash)).toBe(false);
  });

  it("salts each hash and treats a malformed hash as a failed sign-in", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
