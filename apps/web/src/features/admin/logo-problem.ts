import type { ClientErrorCode } from "../../shared/errors/error-code";
import { formProblemOf } from "../../shared/forms";

// What a refused logo upload or removal tells the admin, from the server's code and reason.

/** The server's limit (256 KiB), checked here before uploading. */
export const MAX_LOGO_KILOBYTES = 256;

/** The key of the message: under `admin:logo` for what is about the logo, else `common:errors`. */
export type LogoProblemKey = "admin:logo.tooLarge" | "admin:logo.conflict" | "admin:logo.notAnImage" | `common:errors.${ClientErrorCode}`;

export function logoProblem(error: unknown): LogoProblemKey {
  const { code, reason } = formProblemOf(error);
  if (reason === "logo_too_large") return "admin:logo.tooLarge";
  if (code === "CONFLICT") return "admin:logo.conflict";
  if (reason === "logo_not_an_image" || code === "INVALID_INPUT") return "admin:logo.notAnImage";
  return `common:errors.${code}`;
}
