import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const MIN_KEY_LENGTH = 32;
const PREFIX = "v1";

/**
 * Seals short secrets (identity providers' client secrets) with AES-256-GCM under the
 * installation's key, SAMSPILL_SECRET_KEY: a database dump or backup alone does not reveal them,
 * and a sealed value that was tampered with does not open.
 */
export class SecretBox {
  readonly #key: Buffer;

  constructor(secretKey: string) {
    if (secretKey.length < MIN_KEY_LENGTH) throw new Error(`SAMSPILL_SECRET_KEY must be at least ${MIN_KEY_LENGTH} characters`);
    this.#key = createHash("sha256").update(secretKey).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.#key, iv);
    const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return [PREFIX, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
  }

  open(sealed: string): string {
    const [prefix, iv, tag, data] = sealed.split(".");
    if (prefix !== PREFIX || !iv || !tag || !data) throw new Error("not a sealed secret");
    const decipher = createDecipheriv("aes-256-gcm", this.#key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  }
}

export function secretBoxFromKey(secretKey: string | undefined): SecretBox | undefined {
  return secretKey ? new SecretBox(secretKey) : undefined;
}
