import type { SsoError } from "@samspill/domain";

/** A single sign-on that ends without a session, with the reason the sign-in page explains. */
export class SsoRefusal extends Error {
  constructor(
    readonly code: SsoError,
    options?: { cause?: unknown },
  ) {
    super(`single sign-on refused: ${code}`, options);
  }
}
